/// Reads values in Yuma's binary format from a byte buffer, front to back. Every read either returns a
/// value or throws a ``CodecError`` naming what was read and why it failed; malformed input never traps.
public struct ByteReader: Sendable {
    /// The default limit on any length prefix: 16 Mi elements or bytes.
    public static let defaultMaxLength = 1 << 24

    /// The whole input.
    public let bytes: [UInt8]
    /// The position of the next byte to read.
    public private(set) var offset: Int
    /// The largest length prefix accepted before reading anything it announces.
    public let maxLength: Int

    /// A reader at the start of `bytes`.
    public init(_ bytes: [UInt8], maxLength: Int = ByteReader.defaultMaxLength) {
        self.bytes = bytes
        self.offset = 0
        self.maxLength = maxLength
    }

    /// Bytes not read yet.
    public var remaining: Int { bytes.count &- offset }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset >= bytes.count }

    /// Throws unless every byte has been read; `type` names the value that should have ended here.
    public func finish(reading type: String) throws(CodecError) {
        guard isAtEnd else { throw CodecError(.trailingBytes(count: remaining), reading: type, at: offset) }
    }

    /// Checks that `count` more bytes exist.
    @inline(__always)
    private func require(_ count: Int, reading type: @autoclosure () -> String) throws(CodecError) {
        guard count <= remaining else {
            throw CodecError(.truncated(needed: count, remaining: remaining), reading: type(), at: offset)
        }
    }

    /// Reads a little-endian fixed-width integer.
    public mutating func read<T: FixedWidthInteger>(_: T.Type) throws(CodecError) -> T {
        let size = MemoryLayout<T>.size
        let value: T = try readLittleEndian(size: size)
        return value
    }

    mutating func readLittleEndian<T: FixedWidthInteger>(size: Int) throws(CodecError) -> T {
        try require(size, reading: String(describing: T.self))
        let start = offset
        let raw = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: T.self) }
        offset = start &+ size
        return T(littleEndian: raw)
    }

    /// Reads a bool: exactly 0 or 1.
    public mutating func readBool() throws(CodecError) -> Bool {
        let start = offset
        switch try read(UInt8.self) {
        case 0: return false
        case 1: return true
        case let other:
            throw CodecError(.invalidValue("a bool is 0 or 1, found \(other)"), reading: "Bool", at: start)
        }
    }

    /// Reads a SCALE compact integer of at most 64 bits, refusing non-canonical (over-long) forms.
    public mutating func readCompact() throws(CodecError) -> UInt64 {
        let start = offset
        try require(1, reading: "Compact")
        let first = bytes[offset]
        let value: UInt64
        let minimum: UInt64
        switch first & 0b11 {
        case 0b00:
            offset = start &+ 1
            return UInt64(first >> 2)
        case 0b01:
            value = UInt64(try readLittleEndian(size: 2) as UInt16 >> 2)
            minimum = 1 << 6
        case 0b10:
            value = UInt64(try readLittleEndian(size: 4) as UInt32 >> 2)
            minimum = 1 << 14
        default:
            let count = Int(first >> 2) &+ 4
            guard count <= 8 else {
                throw CodecError(
                    .invalidValue("a compact of \(count) bytes exceeds 64 bits"), reading: "Compact",
                    at: start)
            }
            try require(1 &+ count, reading: "Compact")
            var result: UInt64 = 0
            for index in 0..<count { result |= UInt64(bytes[start &+ 1 &+ index]) << (8 &* index) }
            offset = start &+ 1 &+ count
            value = result
            minimum = count == 4 ? 1 << 30 : 1 << (8 &* (count &- 1))
        }
        guard value >= minimum else {
            offset = start
            throw CodecError(
                .invalidValue("non-canonical compact encoding of \(value)"), reading: "Compact", at: start)
        }
        return value
    }

    /// Reads a compact length and checks it against ``maxLength`` and, when each element takes at least
    /// `minimumElementSize` bytes, against the bytes left.
    public mutating func readLength(minimumElementSize: Int = 1, reading type: String) throws(CodecError)
        -> Int
    {
        let start = offset
        let length = try readCompact()
        guard length <= UInt64(maxLength) else {
            offset = start
            throw CodecError(.lengthOverLimit(length: length, limit: maxLength), reading: type, at: start)
        }
        let count = Int(length)
        let fitting = minimumElementSize > 0 ? remaining / minimumElementSize : Int.max
        guard count <= fitting else {
            offset = start
            throw CodecError(.lengthOverLimit(length: length, limit: fitting), reading: type, at: start)
        }
        return count
    }

    /// Reads a byte array prefixed with its compact length.
    public mutating func readBytes() throws(CodecError) -> [UInt8] {
        let count = try readLength(reading: "[UInt8]")
        return try readRaw(count: count)
    }

    /// Reads exactly `count` bytes with no length prefix.
    public mutating func readRaw(count: Int) throws(CodecError) -> [UInt8] {
        try require(count, reading: "[UInt8; \(count)]")
        let start = offset
        offset = start &+ count
        return Array(bytes[start..<offset])
    }

    /// Reads a decodable value; if it fails, the error's path starts with `field`.
    public mutating func decode<T: BinaryDecodable>(_: T.Type = T.self, field: String? = nil)
        throws(CodecError) -> T
    {
        guard let field else { return try T(from: &self) }
        do {
            return try T(from: &self)
        } catch {
            throw error.within(field)
        }
    }

    /// Reads an optional: 0 for none, 1 then the value for some.
    public mutating func readOptional<T: BinaryDecodable>(_: T.Type = T.self) throws(CodecError) -> T? {
        let start = offset
        switch try read(UInt8.self) {
        case 0: return nil
        case 1: return try T(from: &self)
        case let other:
            throw CodecError(.unknownVariant(index: UInt64(other)), reading: "Optional<\(T.self)>", at: start)
        }
    }

    /// Reads a sequence prefixed with its compact element count.
    public mutating func readSequence<T: BinaryDecodable>(_: T.Type = T.self) throws(CodecError) -> [T] {
        let count = try readLength(minimumElementSize: T.minimumEncodedSize, reading: "[\(T.self)]")
        var values: [T] = []
        values.reserveCapacity(count)
        for index in 0..<count {
            do {
                values.append(try T(from: &self))
            } catch {
                throw error.within("[\(index)]")
            }
        }
        return values
    }

    /// Reads a one-byte variant index of an enum named `type`.
    public mutating func readVariantIndex() throws(CodecError) -> UInt8 {
        try read(UInt8.self)
    }

    /// The error for a variant index, read just before the current offset, that names no case of `type`.
    public func unknownVariant(_ index: UInt8, of type: String) -> CodecError {
        CodecError(.unknownVariant(index: UInt64(index)), reading: type, at: offset &- 1)
    }

    /// The error for a value of `type` read since `start` that is well-formed but invalid.
    public func invalidValue(_ message: String, of type: String, at start: Int) -> CodecError {
        CodecError(.invalidValue(message), reading: type, at: start)
    }
}
