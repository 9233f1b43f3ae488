/// The byte layout of every state entry's value (integers little-endian, lengths as compact
/// integers, as in the rest of Yuma's binary format).
///
/// The layout is the state's storage format: the node writes it to disk and the state root hashes
/// it, so it changes only with a new runtime version.
public enum StateLayout {
    /// Uids per page of a per-uid column.
    public static let pageSize = 64

    static func writeAccount(_ id: AccountID, to writer: inout ByteWriter) { writer.writeRaw(id.bytes) }

    static func readAccount(_ reader: inout ByteReader) throws(CodecError) -> AccountID {
        let start = reader.offset
        let bytes = try reader.readRaw(count: 32)
        do {
            return try AccountID(bytes: bytes)
        } catch {
            throw reader.invalidValue("not a 32-byte account", of: "AccountID", at: start)
        }
    }

    static func writeOptionalAccount(_ id: AccountID?, to writer: inout ByteWriter) {
        writer.write(id != nil)
        if let id { writeAccount(id, to: &writer) }
    }

    static func readOptionalAccount(_ reader: inout ByteReader) throws(CodecError) -> AccountID? {
        try reader.readBool() ? try readAccount(&reader) : nil
    }

    /// Encodes one value with `body`.
    static func encode(capacity: Int = 64, _ body: (inout ByteWriter) -> Void) -> [UInt8] {
        var writer = ByteWriter(capacity: capacity)
        body(&writer)
        return writer.bytes
    }

    /// Decodes `bytes` with `body`, which must read every byte.
    static func decode<T>(
        _ bytes: [UInt8], as type: String, _ body: (inout ByteReader) throws(CodecError) -> T
    )
        throws(CodecError) -> T
    {
        var reader = ByteReader(bytes)
        let value = try body(&reader)
        try reader.finish(reading: type)
        return value
    }
}
