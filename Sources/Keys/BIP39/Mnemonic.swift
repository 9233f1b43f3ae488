import Hashing

/// A BIP39 English mnemonic: 12 to 24 words that encode 128 to 256 bits of entropy plus a checksum.
///
/// The phrase is a secret, so `description` shows only the word count; read ``phrase`` explicitly.
public struct Mnemonic: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The word counts BIP39 allows, with their entropy sizes.
    public enum WordCount: Int, Sendable, CaseIterable {
        /// 128 bits of entropy (Bittensor's default).
        case twelve = 12
        /// 160 bits of entropy.
        case fifteen = 15
        /// 192 bits of entropy.
        case eighteen = 18
        /// 224 bits of entropy.
        case twentyOne = 21
        /// 256 bits of entropy.
        case twentyFour = 24

        /// The entropy length in bytes: 4 bytes for every 3 words.
        public var entropyByteCount: Int { rawValue / 3 * 4 }
    }

    /// The entropy the words encode (16 to 32 bytes).
    public let entropy: [UInt8]
    /// The words, in order.
    public let words: [String]

    /// The words joined by single spaces.
    public var phrase: String { words.joined(separator: " ") }

    /// Parses and validates a phrase: words separated by whitespace, lowercase English BIP39 words.
    public init(phrase: String) throws(MnemonicError) {
        let words = phrase.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard WordCount(rawValue: words.count) != nil else { throw .invalidWordCount(words.count) }
        var bits: [Bool] = []
        bits.reserveCapacity(words.count * 11)
        for (offset, word) in words.enumerated() {
            guard let index = Self.index[word] else { throw .unknownWord(word, position: offset + 1) }
            for bit in stride(from: 10, through: 0, by: -1) {
                bits.append((index >> bit) & 1 == 1)
            }
        }
        let checksumBitCount = words.count / 3
        let entropyBits = bits.count - checksumBitCount
        var entropy = [UInt8](repeating: 0, count: entropyBits / 8)
        for (offset, bit) in bits[0..<entropyBits].enumerated() where bit {
            entropy[offset / 8] |= 0x80 >> UInt8(offset % 8)
        }
        guard Array(bits[entropyBits...]) == Self.checksumBits(entropy) else { throw .invalidChecksum }
        self.entropy = entropy
        self.words = words
    }

    /// Builds the mnemonic of `entropy` (16, 20, 24, 28 or 32 bytes).
    public init(entropy: [UInt8]) throws(MnemonicError) {
        guard WordCount.allCases.contains(where: { $0.entropyByteCount == entropy.count }) else {
            throw .invalidEntropyLength(entropy.count)
        }
        var bits: [Bool] = []
        for byte in entropy {
            for bit in stride(from: 7, through: 0, by: -1) {
                bits.append((byte >> UInt8(bit)) & 1 == 1)
            }
        }
        bits += Self.checksumBits(entropy)
        self.entropy = entropy
        self.words = stride(from: 0, to: bits.count, by: 11).map { start in
            let index = bits[start..<(start + 11)].reduce(0) { ($0 << 1) | ($1 ? 1 : 0) }
            return EnglishWordlist.words[index]
        }
    }

    /// Generates a new mnemonic from the system's secure random generator.
    public static func generate(wordCount: WordCount = .twelve) -> Mnemonic {
        var generator = SystemRandomNumberGenerator()
        return generate(wordCount: wordCount, using: &generator)
    }

    /// Generates a new mnemonic with entropy drawn from `random`.
    public static func generate(wordCount: WordCount, using random: inout some RandomNumberGenerator)
        -> Mnemonic
    {
        let entropy = SecureBytes.random(count: wordCount.entropyByteCount, using: &random)
        do {
            return try Mnemonic(entropy: entropy)
        } catch {
            preconditionFailure("entropy of a listed word count is always accepted")
        }
    }

    /// Only the word count: the words themselves are secret.
    public var description: String { "Mnemonic(\(words.count) words)" }

    /// Only the word count: the words themselves are secret.
    public var debugDescription: String { description }

    /// A mirror without children, so `dump` does not print the words.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// The first `entropy.count * 8 / 32` bits of SHA-256(entropy).
    private static func checksumBits(_ entropy: [UInt8]) -> [Bool] {
        let digest = SHA256.hash(entropy)
        return (0..<(entropy.count / 4)).map { offset in
            (digest[offset / 8] >> UInt8(7 - offset % 8)) & 1 == 1
        }
    }

    /// Each word's index in the wordlist.
    private static let index: [String: Int] = Dictionary(
        uniqueKeysWithValues: EnglishWordlist.words.enumerated().map { ($1, $0) })
}
