/// The signature scheme of an extrinsic's signer, as its one-byte tag.
public enum KeyType: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Schnorrkel sr25519, the default of Bittensor wallets.
    case sr25519 = 0
    /// Ed25519.
    case ed25519 = 1

    /// The scheme's name.
    public var description: String {
        switch self {
        case .sr25519: "sr25519"
        case .ed25519: "ed25519"
        }
    }
}

extension KeyType: BinaryCodable {
    /// The one-byte tag.
    public func encode(to writer: inout ByteWriter) { writer.write(rawValue) }

    /// The one-byte tag; any other byte is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let tag = try reader.readVariantIndex()
        guard let scheme = KeyType(rawValue: tag) else { throw reader.unknownVariant(tag, of: "KeyType") }
        self = scheme
    }
}
