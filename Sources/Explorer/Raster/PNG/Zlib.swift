/// The zlib wrapper (RFC 1950) PNG stores its image data in: a two-byte header, a DEFLATE stream and
/// the Adler-32 of the uncompressed bytes.
public enum Zlib {
    /// `input` as a zlib stream.
    public static func compress(_ input: [UInt8], effort: Deflate.Effort = .standard) -> [UInt8] {
        // CMF 0x78: method 8 (deflate), 32 KiB window. FLG 0x01: no dictionary, level 0, and
        // (0x78 << 8 | 0x01) is a multiple of 31 as the header check requires.
        var output: [UInt8] = [0x78, 0x01]
        output += Deflate.compress(input, effort: effort)
        let adler = Adler32.checksum(input)
        output += [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
        return output
    }
}
