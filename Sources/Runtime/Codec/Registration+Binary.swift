// Variant indices of the registration pallet: explicit and frozen; never reorder, only append.

extension RegistrationCall: BinaryCodable {
    /// The call index within the registration pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .register: 0
        case .burnedRegister: 1
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .register(let netuid, let blockNumber, let nonce, let work, let hotkey, let coldkey):
            writer.encode(netuid)
            writer.encode(blockNumber)
            writer.encode(nonce)
            writer.encode(work)
            writer.encode(hotkey)
            writer.encode(coldkey)
        case .burnedRegister(let netuid, let hotkey):
            writer.encode(netuid)
            writer.encode(hotkey)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .register(
                netuid: try reader.decode(NetUID.self, field: "register.netuid"),
                blockNumber: try reader.decode(BlockNumber.self, field: "register.blockNumber"),
                nonce: try reader.decode(UInt64.self, field: "register.nonce"),
                work: try reader.decode([UInt8].self, field: "register.work"),
                hotkey: try reader.decode(AccountID.self, field: "register.hotkey"),
                coldkey: try reader.decode(AccountID.self, field: "register.coldkey"))
        case 1:
            self = .burnedRegister(
                netuid: try reader.decode(NetUID.self, field: "burnedRegister.netuid"),
                hotkey: try reader.decode(AccountID.self, field: "burnedRegister.hotkey"))
        default: throw reader.unknownVariant(index, of: "RegistrationCall")
        }
    }
}

extension RegistrationEvent: BinaryCodable {
    /// The event index within the registration pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .neuronRegistered: 0
        case .registrationBurned: 1
        case .stakeRefunded: 2
        case .difficultySet: 3
        case .burnSet: 4
        }
    }

    /// The variant index, then the fields in order.
    public func encode(to writer: inout ByteWriter) {
        writer.write(variantIndex)
        switch self {
        case .neuronRegistered(let netuid, let uid, let hotkey):
            writer.encode(netuid)
            writer.encode(uid)
            writer.encode(hotkey)
        case .registrationBurned(let netuid, let coldkey, let amount):
            writer.encode(netuid)
            writer.encode(coldkey)
            writer.encode(amount)
        case .stakeRefunded(let hotkey, let coldkey, let amount):
            writer.encode(hotkey)
            writer.encode(coldkey)
            writer.encode(amount)
        case .difficultySet(let netuid, let difficulty):
            writer.encode(netuid)
            writer.encode(difficulty)
        case .burnSet(let netuid, let burn):
            writer.encode(netuid)
            writer.encode(burn)
        }
    }

    /// Reads the variant index, then its fields; an unknown index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case 0:
            self = .neuronRegistered(
                netuid: try reader.decode(NetUID.self, field: "neuronRegistered.netuid"),
                uid: try reader.decode(UID.self, field: "neuronRegistered.uid"),
                hotkey: try reader.decode(AccountID.self, field: "neuronRegistered.hotkey"))
        case 1:
            self = .registrationBurned(
                netuid: try reader.decode(NetUID.self, field: "registrationBurned.netuid"),
                coldkey: try reader.decode(AccountID.self, field: "registrationBurned.coldkey"),
                amount: try reader.decode(Rao.self, field: "registrationBurned.amount"))
        case 2:
            self = .stakeRefunded(
                hotkey: try reader.decode(AccountID.self, field: "stakeRefunded.hotkey"),
                coldkey: try reader.decode(AccountID.self, field: "stakeRefunded.coldkey"),
                amount: try reader.decode(Rao.self, field: "stakeRefunded.amount"))
        case 3:
            self = .difficultySet(
                netuid: try reader.decode(NetUID.self, field: "difficultySet.netuid"),
                difficulty: try reader.decode(UInt64.self, field: "difficultySet.difficulty"))
        case 4:
            self = .burnSet(
                netuid: try reader.decode(NetUID.self, field: "burnSet.netuid"),
                burn: try reader.decode(Rao.self, field: "burnSet.burn"))
        default: throw reader.unknownVariant(index, of: "RegistrationEvent")
        }
    }
}

extension RegistrationError: BinaryCodable {
    /// The error index within the registration pallet.
    public var variantIndex: UInt8 {
        switch self {
        case .subnetNotExists: 0
        case .notAvailableInEra: 1
        case .transactorAccountShouldBeHotKey: 2
        case .subNetRegistrationDisabled: 3
        case .tooManyRegistrationsThisBlock: 4
        case .tooManyRegistrationsThisInterval: 5
        case .hotKeyAlreadyRegisteredInSubNet: 6
        case .invalidWorkBlock: 7
        case .workRepeated: 8
        case .invalidDifficulty: 9
        case .invalidSeal: 10
        case .nonAssociatedColdKey: 11
        case .noNeuronIdAvailable: 12
        case .notEnoughBalanceToBurn: 13
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
        case 2: self = .transactorAccountShouldBeHotKey
        case 3: self = .subNetRegistrationDisabled
        case 4: self = .tooManyRegistrationsThisBlock
        case 5: self = .tooManyRegistrationsThisInterval
        case 6: self = .hotKeyAlreadyRegisteredInSubNet
        case 7: self = .invalidWorkBlock
        case 8: self = .workRepeated
        case 9: self = .invalidDifficulty
        case 10: self = .invalidSeal
        case 11: self = .nonAssociatedColdKey
        case 12: self = .noNeuronIdAvailable
        case 13: self = .notEnoughBalanceToBurn
        default: throw reader.unknownVariant(index, of: "RegistrationError")
        }
    }
}
