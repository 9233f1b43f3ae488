extension DispatchError: BinaryCodable {
    /// The system pallet's error index of a nonce that is not the account's next nonce.
    public static let badNonceIndex: UInt8 = 0
    /// The system pallet's error index of a signer that cannot pay the fee and tip.
    public static let cannotPayFeeIndex: UInt8 = 1
    /// The system pallet's error index of a value that would not fit its type.
    public static let arithmeticOverflowIndex: UInt8 = 2

    /// The pallet index (see ``PalletIndex``); checks made before dispatch belong to the system pallet.
    public var palletIndex: UInt8 {
        switch self {
        case .balances: PalletIndex.balances
        case .sudo: PalletIndex.sudo
        case .subnets: PalletIndex.subnets
        case .registration: PalletIndex.registration
        case .staking: PalletIndex.staking
        case .weights: PalletIndex.weights
        case .serving: PalletIndex.serving
        case .emission: PalletIndex.emission
        case .badNonce, .cannotPayFee, .arithmeticOverflow: PalletIndex.system
        }
    }

    /// The pallet index, then the pallet's error (its error index, then any fields).
    public func encode(to writer: inout ByteWriter) {
        writer.write(palletIndex)
        switch self {
        case .balances(let error): writer.encode(error)
        case .sudo(let error): writer.encode(error)
        case .subnets(let error): writer.encode(error)
        case .registration(let error): writer.encode(error)
        case .staking(let error): writer.encode(error)
        case .weights(let error): writer.encode(error)
        case .serving(let error): writer.encode(error)
        case .emission(let error): writer.encode(error)
        case .badNonce(let expected, let found):
            writer.write(Self.badNonceIndex)
            writer.write(expected)
            writer.write(found)
        case .cannotPayFee(let balance, let fee):
            writer.write(Self.cannotPayFeeIndex)
            writer.write(balance)
            writer.write(fee)
        case .arithmeticOverflow:
            writer.write(Self.arithmeticOverflowIndex)
        }
    }

    /// Reads the pallet index and the pallet's error; an unknown pallet or error index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case PalletIndex.system: self = try Self.systemError(from: &reader)
        case PalletIndex.balances: self = .balances(try reader.decode(field: "balances"))
        case PalletIndex.sudo: self = .sudo(try reader.decode(field: "sudo"))
        case PalletIndex.subnets: self = .subnets(try reader.decode(field: "subnets"))
        case PalletIndex.registration: self = .registration(try reader.decode(field: "registration"))
        case PalletIndex.staking: self = .staking(try reader.decode(field: "staking"))
        case PalletIndex.weights: self = .weights(try reader.decode(field: "weights"))
        case PalletIndex.serving: self = .serving(try reader.decode(field: "serving"))
        case PalletIndex.emission: self = .emission(try reader.decode(field: "emission"))
        default: throw reader.unknownVariant(index, of: "DispatchError")
        }
    }

    private static func systemError(from reader: inout ByteReader) throws(CodecError) -> DispatchError {
        let index = try reader.readVariantIndex()
        switch index {
        case badNonceIndex:
            return .badNonce(
                expected: try reader.decode(field: "badNonce.expected"),
                found: try reader.decode(field: "badNonce.found"))
        case cannotPayFeeIndex:
            return .cannotPayFee(
                balance: try reader.decode(field: "cannotPayFee.balance"),
                fee: try reader.decode(field: "cannotPayFee.fee"))
        case arithmeticOverflowIndex: return .arithmeticOverflow
        default: throw reader.unknownVariant(index, of: "DispatchError.system")
        }
    }
}
