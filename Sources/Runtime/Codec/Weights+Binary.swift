// Variant indices of the weights pallet: explicit and frozen; never reorder, only append.

extension WeightsCall: BinaryCodable {
    /// The call index within the weights pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .setWeights: 0
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .setWeights(let netuid, let uids, let values, let versionKey):
            writer.encode(netuid)
            writer.encode(uids)
            writer.encode(values)
            writer.encode(versionKey)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .setWeights(
                netuid: try reader.decode(NetUID.self, field: "setWeights.netuid"),
                uids: try reader.decode([UID].self, field: "setWeights.uids"),
                values: try reader.decode([UInt32].self, field: "setWeights.values"),
                versionKey: try reader.decode(UInt64.self, field: "setWeights.versionKey"))
        default: throw reader.unknownVariant(index, of: "WeightsCall")
        }
    }
}

extension WeightsEvent: BinaryCodable {
    /// The event index within the weights pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .weightsSet: 0
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .weightsSet(let netuid, let uid):
            writer.encode(netuid)
            writer.encode(uid)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .weightsSet(
                netuid: try reader.decode(NetUID.self, field: "weightsSet.netuid"),
                uid: try reader.decode(UID.self, field: "weightsSet.uid"))
        default: throw reader.unknownVariant(index, of: "WeightsEvent")
        }
    }
}

extension WeightsError: BinaryCodable {
    /// The error index within the weights pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .weightValueExceedsU16: 0
        case .canNotSetRootNetworkWeights: 1
        case .weightVecNotEqualSize: 2
        case .subnetDoesNotExist: 3
        case .uidsLengthExceedUidsInSubNet: 4
        case .hotKeyNotRegisteredInSubNet: 5
        case .notEnoughStakeToSetWeights: 6
        case .incorrectWeightVersionKey: 7
        case .settingWeightsTooFast: 8
        case .neuronNoValidatorPermit: 9
        case .duplicateUids: 10
        case .uidVecContainInvalidOne: 11
        case .weightVecLengthIsLow: 12
        case .maxWeightExceeded: 13
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
        case 0: self = .weightValueExceedsU16
        case 1: self = .canNotSetRootNetworkWeights
        case 2: self = .weightVecNotEqualSize
        case 3: self = .subnetDoesNotExist
        case 4: self = .uidsLengthExceedUidsInSubNet
        case 5: self = .hotKeyNotRegisteredInSubNet
        case 6: self = .notEnoughStakeToSetWeights
        case 7: self = .incorrectWeightVersionKey
        case 8: self = .settingWeightsTooFast
        case 9: self = .neuronNoValidatorPermit
        case 10: self = .duplicateUids
        case 11: self = .uidVecContainInvalidOne
        case 12: self = .weightVecLengthIsLow
        case 13: self = .maxWeightExceeded
        default: throw reader.unknownVariant(index, of: "WeightsError")
        }
    }
}
