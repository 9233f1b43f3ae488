extension Array: BinaryEncodable where Element: BinaryEncodable {
    /// A compact element count, then each element (byte arrays are copied in one go).
    public func encode(to writer: inout ByteWriter) {
        if let bytes = self as? [UInt8] {
            writer.writeBytes(bytes)
        } else {
            writer.writeSequence(self)
        }
    }
}

extension Array: BinaryDecodable where Element: BinaryDecodable {
    /// A compact element count, then each element; the count is checked against the reader's limit and
    /// the bytes left before anything is allocated.
    public init(from reader: inout ByteReader) throws(CodecError) {
        if Element.self == UInt8.self, let bytes = try reader.readBytes() as? [Element] {
            self = bytes
        } else {
            self = try reader.readSequence(Element.self)
        }
    }
}

extension Optional: BinaryEncodable where Wrapped: BinaryEncodable {
    /// 0 for none, 1 then the value for some.
    public func encode(to writer: inout ByteWriter) { writer.writeOptional(self) }
}

extension Optional: BinaryDecodable where Wrapped: BinaryDecodable {
    /// 0 for none, 1 then the value for some; any other tag is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        self = try reader.readOptional(Wrapped.self)
    }
}

extension String: BinaryCodable {
    /// UTF-8 bytes with a compact length.
    public func encode(to writer: inout ByteWriter) { writer.writeBytes(utf8) }

    /// UTF-8 bytes with a compact length; invalid UTF-8 is refused.
    public init(from reader: inout ByteReader) throws(CodecError) {
        let start = reader.offset
        let bytes = try reader.readBytes()
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw reader.invalidValue("not UTF-8", of: "String", at: start)
        }
        self = text
    }
}

extension AccountID: BinaryCodable {
    /// Exactly 32 bytes.
    public static var minimumEncodedSize: Int { 32 }

    /// The 32 public key bytes, no length prefix.
    public func encode(to writer: inout ByteWriter) {
        writer.write(words.0.bigEndian)
        writer.write(words.1.bigEndian)
        writer.write(words.2.bigEndian)
        writer.write(words.3.bigEndian)
    }

    /// Exactly 32 bytes.
    public init(from reader: inout ByteReader) throws(CodecError) {
        guard reader.remaining >= 32 else {
            throw CodecError(
                .truncated(needed: 32, remaining: reader.remaining), reading: "AccountID", at: reader.offset)
        }
        let first = try reader.read(UInt64.self)
        let second = try reader.read(UInt64.self)
        let third = try reader.read(UInt64.self)
        let fourth = try reader.read(UInt64.self)
        words = (
            UInt64(bigEndian: first), UInt64(bigEndian: second), UInt64(bigEndian: third),
            UInt64(bigEndian: fourth)
        )
    }
}
