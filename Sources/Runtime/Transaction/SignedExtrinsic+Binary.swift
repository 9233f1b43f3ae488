extension SignedExtrinsic: BinaryCodable {
    /// The format version that opens every encoded signed extrinsic; other versions are refused.
    public static let formatVersion: UInt8 = 1

    /// The fewest bytes of an encoded signed extrinsic: version, signer, key type, signature, nonce, tip
    /// and a two-byte call.
    public static var minimumEncodedSize: Int { 1 + 32 + 1 + 64 + 8 + 8 + 2 }

    /// `formatVersion (u8) ‖ signer (32) ‖ keyType (u8) ‖ signature (64) ‖ nonce (u64 LE) ‖ tip (u64 LE)
    /// ‖ call`.
    public func encode(to writer: inout ByteWriter) {
        writer.write(Self.formatVersion)
        writer.encode(signer)
        writer.encode(keyType)
        writer.encode(signature)
        writer.write(nonce)
        writer.write(tip)
        writer.encode(call)
    }

    /// Reads the layout written by ``encode(to:)``; an unknown format version is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let version = try reader.readVariantIndex()
        guard version == Self.formatVersion else {
            throw reader.unknownVariant(version, of: "SignedExtrinsic")
        }
        self.init(
            signer: try reader.decode(field: "signer"),
            keyType: try reader.decode(field: "keyType"),
            signature: try reader.decode(field: "signature"),
            nonce: try reader.decode(field: "nonce"),
            tip: try reader.decode(field: "tip"),
            call: try reader.decode(field: "call"))
    }
}
