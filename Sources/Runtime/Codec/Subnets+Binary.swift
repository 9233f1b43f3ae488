// Variant indices of the subnets pallet: explicit and frozen; never reorder, only append.

extension SubnetsCall: BinaryCodable {
    /// The call index within the subnets pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .registerNetwork: 0
        case .sudoSetHyperparameter: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .registerNetwork(let hotkey):
            writer.encode(hotkey)
        case .sudoSetHyperparameter(let netuid, let value):
            writer.encode(netuid)
            writer.encode(value)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .registerNetwork(
                hotkey: try reader.decode(AccountID.self, field: "registerNetwork.hotkey"))
        case 1:
            self = .sudoSetHyperparameter(
                netuid: try reader.decode(NetUID.self, field: "sudoSetHyperparameter.netuid"),
                try reader.decode(HyperparameterUpdate.self, field: "sudoSetHyperparameter.value"))
        default: throw reader.unknownVariant(index, of: "SubnetsCall")
        }
    }
}

extension SubnetsEvent: BinaryCodable {
    /// The event index within the subnets pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .networkAdded: 0
        case .hyperparameterSet: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .networkAdded(let netuid, let owner, let lockedRao):
            writer.encode(netuid)
            writer.encode(owner)
            writer.encode(lockedRao)
        case .hyperparameterSet(let netuid, let value):
            writer.encode(netuid)
            writer.encode(value)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .networkAdded(
                netuid: try reader.decode(NetUID.self, field: "networkAdded.netuid"),
                owner: try reader.decode(AccountID.self, field: "networkAdded.owner"),
                lockedRao: try reader.decode(Rao.self, field: "networkAdded.lockedRao"))
        case 1:
            self = .hyperparameterSet(
                netuid: try reader.decode(NetUID.self, field: "hyperparameterSet.netuid"),
                try reader.decode(HyperparameterUpdate.self, field: "hyperparameterSet.value"))
        default: throw reader.unknownVariant(index, of: "SubnetsEvent")
        }
    }
}

extension SubnetsError: BinaryCodable {
    /// The error index within the subnets pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .subnetNotExists: 0
        case .notAvailableInEra: 1
        case .nonAssociatedColdKey: 2
        case .networkTxRateLimitExceeded: 3
        case .notEnoughBalanceToPayLockCost: 4
        case .subnetLimitReached: 5
        case .maxAllowedUidsLessThanCurrentUids: 6
        case .maxAllowedUidsGreaterThanLimit: 7
        case .maxValidatorsLargerThanMaxUids: 8
        case .activityCutoffTooLow: 9
        case .valueNotInBounds: 10
        case .liquidAlphaDisabled: 11
        case .alphaHighTooLow: 12
        case .alphaLowOutOfRange: 13
        case .storageValueOutOfRange: 14
        case .invalidValue: 15
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0: self = .subnetNotExists
        case 1: self = .notAvailableInEra
        case 2: self = .nonAssociatedColdKey
        case 3: self = .networkTxRateLimitExceeded
        case 4: self = .notEnoughBalanceToPayLockCost
        case 5: self = .subnetLimitReached
        case 6: self = .maxAllowedUidsLessThanCurrentUids
        case 7: self = .maxAllowedUidsGreaterThanLimit
        case 8: self = .maxValidatorsLargerThanMaxUids
        case 9: self = .activityCutoffTooLow
        case 10: self = .valueNotInBounds
        case 11: self = .liquidAlphaDisabled
        case 12: self = .alphaHighTooLow
        case 13: self = .alphaLowOutOfRange
        case 14: self = .storageValueOutOfRange
        case 15: self = .invalidValue
        default: throw reader.unknownVariant(index, of: "SubnetsError")
        }
    }
}
