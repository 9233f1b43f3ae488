/// DEFLATE compression (RFC 1951): LZ77 matching over a 32 KiB window with hash chains, coded with the
/// fixed Huffman codes; input that does not shrink is sent in stored blocks instead.
///
/// Flat chart areas (rows equal to the row above after PNG filtering) become long runs of one byte,
/// which LZ77 sends as a few 258-byte matches.
public enum Deflate {
    /// How hard the matcher looks.
    public struct Effort: Sendable, Equatable {
        /// Candidates tried per position, newest first.
        public var chainLength: Int
        /// A match at least this long is taken without looking further.
        public var niceLength: Int

        /// An effort.
        public init(chainLength: Int, niceLength: Int) {
            self.chainLength = max(1, chainLength)
            self.niceLength = min(max(3, niceLength), 258)
        }

        /// The default: a short chain, good for rendered images.
        public static let standard = Effort(chainLength: 48, niceLength: 128)
    }

    /// The raw DEFLATE stream of `input` (no zlib header).
    public static func compress(_ input: [UInt8], effort: Effort = .standard) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, width: 1)  // BFINAL
        writer.write(1, width: 2)  // BTYPE 01: fixed Huffman codes
        LZ77.encode(input, effort: effort, into: &writer)
        let (code, width) = DeflateTables.fixedCode(256)
        writer.writeCode(code, width: width)
        let fixed = writer.finish()
        return fixed.count <= storedSize(input.count) ? fixed : stored(input)
    }

    /// The size of `count` bytes in stored blocks.
    static func storedSize(_ count: Int) -> Int { count + 5 * max(1, (count + 65_534) / 65_535) }

    /// `input` in stored (uncompressed) blocks of at most 65,535 bytes.
    static func stored(_ input: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(storedSize(input.count))
        var start = 0
        repeat {
            let end = min(start + 65_535, input.count)
            let length = UInt16(end - start)
            output.append(end == input.count ? 1 : 0)  // BFINAL, BTYPE 00, padded to the byte
            output += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            output += input[start..<end]
            start = end
        } while start < input.count
        return output
    }
}
