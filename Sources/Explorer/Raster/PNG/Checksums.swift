/// CRC-32 (IEEE 802.3, reflected polynomial `0xEDB88320`), the checksum of every PNG chunk.
public enum CRC32 {
    /// The 256-entry table of the byte-at-a-time algorithm.
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`, continuing from `crc` (0 starts a new checksum).
    public static func checksum(_ bytes: some Sequence<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        var value = ~crc
        for byte in bytes { value = table[Int((value ^ UInt32(byte)) & 0xFF)] ^ (value >> 8) }
        return ~value
    }
}

/// Adler-32, the checksum that ends a zlib stream (RFC 1950).
public enum Adler32 {
    /// The Adler-32 of `bytes`, continuing from `adler` (1 starts a new checksum).
    public static func checksum(_ bytes: [UInt8], continuing adler: UInt32 = 1) -> UInt32 {
        let modulus: UInt32 = 65_521
        var a = adler & 0xFFFF, b = adler >> 16
        var index = 0
        while index < bytes.count {
            // 5552 bytes is the longest run whose sums cannot overflow 32 bits before the reduction.
            let end = min(index + 5_552, bytes.count)
            while index < end {
                a += UInt32(bytes[index])
                b += a
                index += 1
            }
            a %= modulus
            b %= modulus
        }
        return b << 16 | a
    }
}
