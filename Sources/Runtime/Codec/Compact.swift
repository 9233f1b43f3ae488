/// A `UInt64` encoded as a SCALE compact integer (1 to 9 bytes) instead of 8 fixed bytes.
public struct Compact: BinaryCodable, Sendable, Hashable {
    /// The value.
    public var value: UInt64

    /// Wraps `value`.
    public init(_ value: UInt64) { self.value = value }

    /// The compact encoding.
    public func encode(to writer: inout ByteWriter) { writer.writeCompact(value) }

    /// Reads a canonical compact integer.
    public init(from reader: inout ByteReader) throws(CodecError) { value = try reader.readCompact() }
}
