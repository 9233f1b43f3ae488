extension Call: BinaryCodable {
    /// The pallet index (see ``PalletIndex``); the system pallet has no calls.
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
        }
    }

    /// The call index within its pallet.
    public var callIndex: UInt8 {
        switch self {
        case .balances(let call): call.variantIndex
        case .sudo(let call): call.variantIndex
        case .subnets(let call): call.variantIndex
        case .registration(let call): call.variantIndex
        case .staking(let call): call.variantIndex
        case .weights(let call): call.variantIndex
        case .serving(let call): call.variantIndex
        case .emission(let call): call.variantIndex
        }
    }

    /// The pallet index, then the pallet's call (its call index, then the arguments).
    public func encode(to writer: inout ByteWriter) {
        writer.write(palletIndex)
        switch self {
        case .balances(let call): writer.encode(call)
        case .sudo(let call): writer.encode(call)
        case .subnets(let call): writer.encode(call)
        case .registration(let call): writer.encode(call)
        case .staking(let call): writer.encode(call)
        case .weights(let call): writer.encode(call)
        case .serving(let call): writer.encode(call)
        case .emission(let call): writer.encode(call)
        }
    }

    /// Reads the pallet index and the pallet's call; an unknown pallet or call index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case PalletIndex.balances: self = .balances(try reader.decode(field: "balances"))
        case PalletIndex.sudo: self = .sudo(try reader.decode(field: "sudo"))
        case PalletIndex.subnets: self = .subnets(try reader.decode(field: "subnets"))
        case PalletIndex.registration: self = .registration(try reader.decode(field: "registration"))
        case PalletIndex.staking: self = .staking(try reader.decode(field: "staking"))
        case PalletIndex.weights: self = .weights(try reader.decode(field: "weights"))
        case PalletIndex.serving: self = .serving(try reader.decode(field: "serving"))
        case PalletIndex.emission: self = .emission(try reader.decode(field: "emission"))
        default: throw reader.unknownVariant(index, of: "Call")
        }
    }
}
