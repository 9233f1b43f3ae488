/// Packs bit fields least-significant bit first into bytes, as DEFLATE streams are laid out (RFC 1951 §3.1.1).
struct BitWriter {
    /// The completed bytes.
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    /// Appends the low `width` bits of `value`, least significant first.
    mutating func write(_ value: UInt32, width: Int) {
        buffer |= UInt64(value & (width == 32 ? .max : (1 << UInt32(width)) - 1)) << UInt64(count)
        count += width
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Appends a Huffman code of `width` bits, most significant bit first (codes are sent reversed).
    mutating func writeCode(_ code: UInt32, width: Int) {
        var reversed: UInt32 = 0
        for bit in 0..<width { reversed |= ((code >> UInt32(bit)) & 1) << UInt32(width - 1 - bit) }
        write(reversed, width: width)
    }

    /// Pads the last byte with zero bits and returns every byte.
    mutating func finish() -> [UInt8] {
        if count > 0 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer = 0
            count = 0
        }
        return bytes
    }
}
