/// Appends values in Yuma's binary format (SCALE-compatible): little-endian fixed-width integers,
/// compact integers, length-prefixed byte arrays and sequences.
public struct ByteWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8]

    /// An empty writer that reserves room for `capacity` bytes.
    public init(capacity: Int = 64) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Reserves room for `count` more bytes.
    public mutating func reserve(_ count: Int) {
        let (total, overflow) = bytes.count.addingReportingOverflow(count)
        if !overflow { bytes.reserveCapacity(total) }
    }

    /// Appends a fixed-width integer, little-endian.
    public mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a bool as one byte, 0 or 1.
    public mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Appends a SCALE compact integer: 1, 2 or 4 bytes for values under 2^30, else a length byte
    /// followed by the value's significant bytes (at least 4).
    public mutating func writeCompact(_ value: UInt64) {
        switch value {
        case 0..<(1 << 6):
            bytes.append(UInt8(truncatingIfNeeded: value << 2))
        case (1 << 6)..<(1 << 14):
            write(UInt16(truncatingIfNeeded: value << 2 | 0b01))
        case (1 << 14)..<(1 << 30):
            write(UInt32(truncatingIfNeeded: value << 2 | 0b10))
        default:
            let significant = max(4, (64 - value.leadingZeroBitCount + 7) / 8)
            bytes.append(UInt8(truncatingIfNeeded: (significant - 4) << 2 | 0b11))
            var rest = value
            for _ in 0..<significant {
                bytes.append(UInt8(truncatingIfNeeded: rest))
                rest >>= 8
            }
        }
    }

    /// Appends a length or count as a compact integer.
    public mutating func writeLength(_ count: Int) {
        writeCompact(UInt64(clamping: count))
    }

    /// Appends a byte array prefixed with its compact length.
    public mutating func writeBytes(_ value: some Collection<UInt8>) {
        writeLength(value.count)
        bytes.append(contentsOf: value)
    }

    /// Appends bytes as they are, without a length (fixed-size fields such as 32-byte keys and hashes).
    public mutating func writeRaw(_ value: some Sequence<UInt8>) {
        bytes.append(contentsOf: value)
    }

    /// Appends an encodable value.
    public mutating func encode(_ value: some BinaryEncodable) {
        value.encode(to: &self)
    }

    /// Appends an optional: 0 for none, 1 then the value for some.
    public mutating func writeOptional<T: BinaryEncodable>(_ value: T?) {
        if let value {
            bytes.append(1)
            value.encode(to: &self)
        } else {
            bytes.append(0)
        }
    }

    /// Appends a sequence prefixed with its compact element count.
    public mutating func writeSequence<C: Collection>(_ values: C) where C.Element: BinaryEncodable {
        writeLength(values.count)
        for value in values { value.encode(to: &self) }
    }
}
