extension UInt8: BinaryCodable {
    /// One byte.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// One byte.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(UInt8.self) }
}

extension UInt16: BinaryCodable {
    /// Two bytes, little-endian.
    public static var minimumEncodedSize: Int { 2 }
    /// Two bytes, little-endian.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Two bytes, little-endian.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(UInt16.self) }
}

extension UInt32: BinaryCodable {
    /// Four bytes, little-endian.
    public static var minimumEncodedSize: Int { 4 }
    /// Four bytes, little-endian.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Four bytes, little-endian.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(UInt32.self) }
}

extension UInt64: BinaryCodable {
    /// Eight bytes, little-endian.
    public static var minimumEncodedSize: Int { 8 }
    /// Eight bytes, little-endian.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Eight bytes, little-endian.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(UInt64.self) }
}

extension UInt128: BinaryCodable {
    /// Sixteen bytes, little-endian.
    public static var minimumEncodedSize: Int { 16 }
    /// Sixteen bytes, little-endian.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Sixteen bytes, little-endian.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(UInt128.self) }
}

extension Int8: BinaryCodable {
    /// One byte, two's complement.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// One byte, two's complement.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(Int8.self) }
}

extension Int16: BinaryCodable {
    /// Two bytes, little-endian two's complement.
    public static var minimumEncodedSize: Int { 2 }
    /// Two bytes, little-endian two's complement.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Two bytes, little-endian two's complement.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(Int16.self) }
}

extension Int32: BinaryCodable {
    /// Four bytes, little-endian two's complement.
    public static var minimumEncodedSize: Int { 4 }
    /// Four bytes, little-endian two's complement.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Four bytes, little-endian two's complement.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(Int32.self) }
}

extension Int64: BinaryCodable {
    /// Eight bytes, little-endian two's complement.
    public static var minimumEncodedSize: Int { 8 }
    /// Eight bytes, little-endian two's complement.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// Eight bytes, little-endian two's complement.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.read(Int64.self) }
}

extension Bool: BinaryCodable {
    /// One byte, 0 or 1.
    public func encode(to writer: inout ByteWriter) { writer.write(self) }
    /// One byte, 0 or 1; anything else is refused.
    public init(from reader: inout ByteReader) throws(CodecError) { self = try reader.readBool() }
}
