import Foundation
import LanguageModel
import Testing

@Suite("BPETokenizer on SmolLM2's GGUF vocabulary", .enabled(if: SmolLM2Fixture.enabled))
struct BPETokenizerOracleTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let text: String
        let ids: [Int]
        var testDescription: String { text.debugDescription }
    }

    static let vectors = BPEOracleVectors.cases.map { Vector(text: $0.text, ids: $0.ids) }

    @Test("token ids equal the reference tokenizer's", arguments: vectors)
    func matchesOracle(_ vector: Vector) throws {
        let tokenizer = try SmolLM2Tokenizer.load()
        #expect(tokenizer.encode(vector.text) == vector.ids)
        #expect(tokenizer.decode(vector.ids) == vector.text)
    }

    @Test("metadata: vocabulary, pre-tokenizer and special tokens")
    func metadata() throws {
        let tokenizer = try SmolLM2Tokenizer.load()
        #expect(tokenizer.vocabularySize == 49152)
        #expect(tokenizer.preTokenizer == .smollm)
        #expect(tokenizer.specialTokens["<|endoftext|>"] == 0)
        #expect(tokenizer.specialTokens["<|im_start|>"] == 1)
        #expect(tokenizer.bosID == 1 && tokenizer.eosID == 2)
        #expect(tokenizer.encode("<|im_start|>").contains(1) == false)
        #expect(tokenizer.decode(tokenizer.encode("a\u{4}b")) == "ab")
    }

    @Test("decode(encode(text)) == text for seeded random UTF-8 text", arguments: 0..<40)
    func roundTrip(seed: UInt64) throws {
        let tokenizer = try SmolLM2Tokenizer.load()
        var generator = SeededGenerator(seed: seed)
        let pools: [ClosedRange<UInt32>] = [0x20...0x7E, 0x09...0x0D, 0x7F...0x7F, 0xA0...0x2FF, 0x370...0x52F, 0x3040...0x30FF,
                                            0x4E00...0x4FFF, 0x1F300...0x1FAFF, 0x2000...0x206F, 0xE000...0xE0FF]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<(20 + generator.uniform(below: 200)) {
            let pool = pools[generator.uniform(below: pools.count)]
            let code = pool.lowerBound + UInt32(generator.uniform(below: Int(pool.upperBound - pool.lowerBound) + 1))
            if let scalar = Unicode.Scalar(code) { scalars.append(scalar) }
        }
        let text = String(scalars)
        let ids = tokenizer.encode(text)
        #expect(tokenizer.decode(ids) == text)
        #expect(ids.allSatisfy { (0..<tokenizer.vocabularySize).contains($0) })
    }

    @Test("a committed corpus file round-trips and compresses about 4 bytes per token")
    func corpusRoundTrip() throws {
        let tokenizer = try SmolLM2Tokenizer.load()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpora/heldout/kjv-ruth.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let ids = tokenizer.encode(text)
        #expect(tokenizer.decode(ids) == text)
        #expect(Double(text.utf8.count) / Double(ids.count) > 3)
    }
}
