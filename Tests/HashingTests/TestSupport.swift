import Hashing
import Testing

/// A test input described compactly so that long inputs need not be spelled out.
enum TestInput: Sendable, CustomTestStringConvertible {
    /// The UTF-8 bytes of a string.
    case ascii(String)
    /// One byte repeated `count` times.
    case repeated(UInt8, count: Int)
    /// The bytes 0, 1, 2, … (mod 256), `count` of them (the input of the official BLAKE2 test set).
    case counting(Int)

    /// The bytes this input stands for.
    var bytes: [UInt8] {
        switch self {
        case .ascii(let text): Array(text.utf8)
        case .repeated(let byte, let count): [UInt8](repeating: byte, count: count)
        case .counting(let count): countingBytes(count)
        }
    }

    /// A short label for test output.
    var testDescription: String {
        switch self {
        case .ascii(let text): "\"\(text.count > 20 ? String(text.prefix(20)) + "…" : text)\""
        case .repeated(let byte, let count): "\(count) × 0x\(Hex.encode([byte]))"
        case .counting(let count): "\(count) counting bytes"
        }
    }
}

/// The bytes 0, 1, 2, … (mod 256), `count` of them.
func countingBytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0) }
}

/// Feeds `input` to `hasher` in pieces of `chunkSize` bytes and returns the digest.
func digestInChunks<H: StreamingHasher>(_ hasher: H, _ input: [UInt8], chunkSize: Int) -> [UInt8] {
    var hasher = hasher
    var start = 0
    while start < input.count {
        let end = min(start + chunkSize, input.count)
        hasher.update(input[start..<end])
        start = end
    }
    return hasher.finalize()
}

/// Chunk sizes that straddle the Keccak-256 rate (136), the BLAKE2b block (128) and the SHA-256 block (64).
let chunkSizes = [1, 3, 63, 64, 65, 127, 128, 129, 135, 136, 137, 500]
