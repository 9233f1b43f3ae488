/// Why a phrase is not a valid BIP39 English mnemonic, or entropy cannot become one.
public enum MnemonicError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The phrase has a word count other than 12, 15, 18, 21 or 24.
    case invalidWordCount(Int)
    /// A word is not in the BIP39 English wordlist; `position` counts from 1.
    case unknownWord(String, position: Int)
    /// Every word is known but the checksum bits do not match: a word is wrong or out of order.
    case invalidChecksum
    /// Entropy must be 16, 20, 24, 28 or 32 bytes.
    case invalidEntropyLength(Int)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidWordCount(let count):
            "mnemonic has \(count) words; expected 12, 15, 18, 21 or 24"
        case .unknownWord(let word, let position):
            "mnemonic word \(position) ('\(word)') is not in the BIP39 English wordlist"
        case .invalidChecksum:
            "mnemonic checksum does not match; a word is wrong or the words are out of order"
        case .invalidEntropyLength(let count):
            "mnemonic entropy is \(count) bytes; expected 16, 20, 24, 28 or 32"
        }
    }
}
