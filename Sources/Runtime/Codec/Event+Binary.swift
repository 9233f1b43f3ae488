extension Event: BinaryCodable {
    /// The system pallet's event index of an extrinsic that succeeded.
    public static let extrinsicSucceededIndex: UInt8 = 0
    /// The system pallet's event index of an extrinsic whose call failed.
    public static let extrinsicFailedIndex: UInt8 = 1

    /// The pallet index (see ``PalletIndex``); extrinsic outcomes belong to the system pallet.
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
        case .extrinsicSucceeded, .extrinsicFailed: PalletIndex.system
        }
    }

    /// The pallet index, then the pallet's event (its event index, then the fields).
    public func encode(to writer: inout ByteWriter) {
        writer.write(palletIndex)
        switch self {
        case .balances(let event): writer.encode(event)
        case .sudo(let event): writer.encode(event)
        case .subnets(let event): writer.encode(event)
        case .registration(let event): writer.encode(event)
        case .staking(let event): writer.encode(event)
        case .weights(let event): writer.encode(event)
        case .serving(let event): writer.encode(event)
        case .emission(let event): writer.encode(event)
        case .extrinsicSucceeded(let signer, let nonce):
            writer.write(Self.extrinsicSucceededIndex)
            writer.encode(signer)
            writer.write(nonce)
        case .extrinsicFailed(let signer, let nonce, let error):
            writer.write(Self.extrinsicFailedIndex)
            writer.encode(signer)
            writer.write(nonce)
            writer.encode(error)
        }
    }

    /// Reads the pallet index and the pallet's event; an unknown pallet or event index is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let index = try reader.readVariantIndex()
        switch index {
        case PalletIndex.system: self = try Self.systemEvent(from: &reader)
        case PalletIndex.balances: self = .balances(try reader.decode(field: "balances"))
        case PalletIndex.sudo: self = .sudo(try reader.decode(field: "sudo"))
        case PalletIndex.subnets: self = .subnets(try reader.decode(field: "subnets"))
        case PalletIndex.registration: self = .registration(try reader.decode(field: "registration"))
        case PalletIndex.staking: self = .staking(try reader.decode(field: "staking"))
        case PalletIndex.weights: self = .weights(try reader.decode(field: "weights"))
        case PalletIndex.serving: self = .serving(try reader.decode(field: "serving"))
        case PalletIndex.emission: self = .emission(try reader.decode(field: "emission"))
        default: throw reader.unknownVariant(index, of: "Event")
        }
    }

    private static func systemEvent(from reader: inout ByteReader) throws(CodecError) -> Event {
        let index = try reader.readVariantIndex()
        switch index {
        case extrinsicSucceededIndex:
            return .extrinsicSucceeded(
                signer: try reader.decode(field: "extrinsicSucceeded.signer"),
                nonce: try reader.decode(field: "extrinsicSucceeded.nonce"))
        case extrinsicFailedIndex:
            return .extrinsicFailed(
                signer: try reader.decode(field: "extrinsicFailed.signer"),
                nonce: try reader.decode(field: "extrinsicFailed.nonce"),
                error: try reader.decode(field: "extrinsicFailed.error"))
        default: throw reader.unknownVariant(index, of: "Event.system")
        }
    }
}
