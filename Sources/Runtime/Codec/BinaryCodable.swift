/// A value with a binary encoding in Yuma's format.
public protocol BinaryEncodable {
    /// Appends the value's encoding.
    func encode(to writer: inout ByteWriter)
}

/// A value that can be read back from Yuma's binary format.
public protocol BinaryDecodable {
    /// The fewest bytes any encoding of this type takes (used to bound sequence lengths before reading).
    static var minimumEncodedSize: Int { get }

    /// Reads one value, advancing the reader past it.
    init(from reader: inout ByteReader) throws(CodecError)
}

/// A value that can be both encoded and decoded.
public typealias BinaryCodable = BinaryEncodable & BinaryDecodable

extension BinaryDecodable {
    /// At least one byte, unless a type says otherwise.
    public static var minimumEncodedSize: Int { 1 }

    /// Decodes exactly `bytes`: the value must use every byte.
    public init(decoding bytes: [UInt8], maxLength: Int = ByteReader.defaultMaxLength) throws(CodecError) {
        var reader = ByteReader(bytes, maxLength: maxLength)
        self = try Self(from: &reader)
        try reader.finish(reading: String(describing: Self.self))
    }
}

extension BinaryEncodable {
    /// The value's encoding.
    public func encoded(capacity: Int = 64) -> [UInt8] {
        var writer = ByteWriter(capacity: capacity)
        encode(to: &writer)
        return writer.bytes
    }
}
