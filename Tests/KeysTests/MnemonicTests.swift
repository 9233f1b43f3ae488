import Hashing
import Testing

@testable import Keys

@Suite("BIP39 mnemonics")
struct MnemonicTests {
    @Test("entropy, phrase and mini secrets match the bip39 bindings", arguments: OracleVectors.mnemonics)
    func oracle(_ vector: MnemonicVector) throws {
        let fromEntropy = try Mnemonic(entropy: bytes(vector.entropy))
        #expect(fromEntropy.phrase == vector.phrase)
        let parsed = try Mnemonic(phrase: vector.phrase)
        #expect(parsed.entropy.hexString == vector.entropy)
        #expect(parsed.miniSecret().hexString == vector.miniSecret)
        #expect(parsed.miniSecret(password: "Tr0ub4dor&3").hexString == vector.miniSecretWithPassword)
    }

    @Test("protocol.md §1.5 mini secrets of all-zero and all-0x7f entropy")
    func specMiniSecrets() throws {
        let zero = try Mnemonic(entropy: [UInt8](repeating: 0, count: 16))
        #expect(zero.miniSecret().hexString.hasPrefix("4ed8d4b1"))
        #expect(zero.miniSecret().hexString.hasSuffix("97e2"))
        let sevenF = try Mnemonic(entropy: [UInt8](repeating: 0x7F, count: 16))
        #expect(
            sevenF.phrase == "legal winner thank year wave sausage worth useful legal winner thank yellow")
        #expect(sevenF.miniSecret().hexString.hasPrefix("6fa2796b"))
    }

    @Test("generated mnemonics have the asked length and parse back", arguments: Mnemonic.WordCount.allCases)
    func generate(_ count: Mnemonic.WordCount) throws {
        let mnemonic = Mnemonic.generate(wordCount: count)
        #expect(mnemonic.words.count == count.rawValue)
        #expect(mnemonic.entropy.count == count.entropyByteCount)
        #expect(try Mnemonic(phrase: mnemonic.phrase) == mnemonic)
    }

    @Test("extra whitespace between words is accepted")
    func whitespace() throws {
        let mnemonic = try Mnemonic(
            phrase: "  legal winner thank year\twave sausage worth useful legal winner thank\nyellow ")
        #expect(mnemonic.entropy == [UInt8](repeating: 0x7F, count: 16))
    }

    static let invalidPhrases: [(String, MnemonicError)] = [
        ("", .invalidWordCount(0)),
        ("legal winner thank year wave sausage worth useful legal winner thank", .invalidWordCount(11)),
        (
            "legal winner thank year wave sausage worth useful legal winner thank yellow yellow",
            .invalidWordCount(13)
        ),
        (
            "legal winner thank year wave sausage worth useful legal winner thank yelow",
            .unknownWord("yelow", position: 12)
        ),
        (
            "Legal winner thank year wave sausage worth useful legal winner thank yellow",
            .unknownWord("Legal", position: 1)
        ),
        ("legal winner thank year wave sausage worth useful legal winner yellow thank", .invalidChecksum),
        (
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon",
            .invalidChecksum
        ),
    ]

    @Test("malformed phrases give typed errors", arguments: invalidPhrases)
    func invalid(_ phrase: String, _ expected: MnemonicError) {
        #expect(throws: expected) { try Mnemonic(phrase: phrase) }
    }

    @Test("entropy of an unsupported length is refused", arguments: [0, 15, 17, 33, 64])
    func invalidEntropy(_ count: Int) {
        #expect(throws: MnemonicError.invalidEntropyLength(count)) {
            try Mnemonic(entropy: [UInt8](repeating: 1, count: count))
        }
    }

    @Test("error messages say what is wrong")
    func messages() {
        #expect(MnemonicError.unknownWord("yelow", position: 12).description.contains("word 12 ('yelow')"))
        #expect(MnemonicError.invalidWordCount(11).description.contains("11 words"))
        #expect(MnemonicError.invalidChecksum.description.contains("checksum"))
    }

    @Test("the words never appear in descriptions")
    func hidden() throws {
        let mnemonic = try Mnemonic(phrase: SecretURI.devPhrase)
        var dumped = ""
        dump(mnemonic, to: &dumped)
        for text in [String(describing: mnemonic), String(reflecting: mnemonic), dumped, "\(mnemonic)"] {
            #expect(!text.contains("bottom"))
        }
    }

    @Test("the embedded wordlist is the canonical BIP39 English list")
    func wordlist() {
        let joined = EnglishWordlist.words.joined(separator: "\n") + "\n"
        #expect(EnglishWordlist.words.count == 2048)
        #expect(
            SHA256.hash(Array(joined.utf8)).hexString
                == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
    }
}
