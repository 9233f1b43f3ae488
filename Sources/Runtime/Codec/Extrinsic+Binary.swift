extension Extrinsic: BinaryCodable {
    /// Signer (32 bytes), nonce (u64), tip (u64), then the call.
    public func encode(to writer: inout ByteWriter) {
        writer.encode(signer)
        writer.write(nonce)
        writer.write(tip)
        writer.encode(call)
    }

    /// Reads signer, nonce, tip and call.
    public init(from reader: inout ByteReader) throws(CodecError) {
        self.init(
            signer: try reader.decode(field: "signer"),
            nonce: try reader.decode(field: "nonce"),
            tip: try reader.decode(field: "tip"),
            call: try reader.decode(field: "call"))
    }
}
