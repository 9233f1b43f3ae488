import Foundation
import LanguageModel
import Neuron
import Testing

@Suite("TextCausalLMNext: wire form, body hash and answer checks")
struct TextCausalLMNextTests {
    @Test("a request encodes every field, remainder as null, under Python's names")
    func requestJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(TextCausalLMNext(context: "Hi", topk: 3)), as: UTF8.self)
        #expect(json == #"{"context":"Hi","phrases":[],"probabilities":[],"remainder":null,"topk":3}"#)
    }

    @Test("a Python body decodes leniently; only context is required")
    func lenientDecode() throws {
        let full = #"{"context": "x", "topk": 2, "phrases": [" a", " b"], "probabilities": [0.5, 0.25], "remainder": 0.25, "name": "TextCausalLMNext", "timeout": 12.0}"#
        let answer = try JSONDecoder().decode(TextCausalLMNext.self, from: Data(full.utf8))
        #expect(answer.phrases == [" a", " b"] && answer.remainder == 0.25)
        let bare = try JSONDecoder().decode(TextCausalLMNext.self, from: Data(#"{"context": "y"}"#.utf8))
        #expect(bare == TextCausalLMNext(context: "y"))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TextCausalLMNext.self, from: Data("{}".utf8)) }
    }

    @Test("the body hash covers context and topk as Python computes it", arguments: [
        ("In the beginning", 4096, "32288b7787b7cf7dd6ac20502ddfe45846c03756de6e69a43db7cdc407896563"),
        ("caf\u{E9} \u{1F44D}", 16, "ffca933d924171219f238929d370e2808980c34894d63e6f675045ef9cb6b5d4"),
    ])
    func bodyHash(_ vector: (String, Int, String)) {
        var synapse = TextCausalLMNext(context: vector.0, topk: vector.1)
        #expect(synapse.bodyHash == vector.2)
        synapse = synapse.answered(with: PhraseDistribution(phrases: [], remainder: 1))
        #expect(synapse.bodyHash == vector.2, "the answer does not change the signed hash")
        #expect(TextCausalLMNext.inputObjectFields == [.string("context")])
        #expect(TextCausalLMNext.name == "TextCausalLMNext")
    }

    struct BadAnswer: Sendable, CustomTestStringConvertible {
        let label: String
        let phrases: [String]
        let probabilities: [Double]
        let remainder: Double?
        let error: TextCausalLMNextError
        var testDescription: String { label }
    }

    static let badAnswers: [BadAnswer] = [
        BadAnswer(label: "no remainder", phrases: [], probabilities: [], remainder: nil, error: .noAnswer),
        BadAnswer(label: "counts differ", phrases: ["a"], probabilities: [], remainder: 1, error: .countMismatch(phrases: 1, probabilities: 0)),
        BadAnswer(label: "over topk", phrases: ["a", "b", "c"], probabilities: [0.1, 0.1, 0.1], remainder: 0.7, error: .tooManyPhrases(count: 3, topk: 2)),
        BadAnswer(label: "NaN probability", phrases: ["a"], probabilities: [.nan], remainder: 0.5, error: .invalidProbability(index: 0, value: .nan)),
        BadAnswer(label: "negative probability", phrases: ["a", "b"], probabilities: [0.5, -0.1], remainder: 0.5, error: .invalidProbability(index: 1, value: -0.1)),
        BadAnswer(label: "infinite remainder", phrases: [], probabilities: [], remainder: .infinity, error: .invalidRemainder(.infinity)),
        BadAnswer(label: "empty phrase", phrases: [""], probabilities: [0.5], remainder: 0.5, error: .phraseLength(index: 0, bytes: 0, maximum: 256)),
        BadAnswer(label: "phrase too long", phrases: [String(repeating: "x", count: 257)], probabilities: [0.5], remainder: 0.5, error: .phraseLength(index: 0, bytes: 257, maximum: 256)),
    ]

    @Test("invalid answers are refused with a message that says what is wrong", arguments: badAnswers)
    func invalidAnswer(_ bad: BadAnswer) {
        var synapse = TextCausalLMNext(context: "ctx", topk: 2)
        synapse.phrases = bad.phrases
        synapse.probabilities = bad.probabilities
        synapse.remainder = bad.remainder
        do {
            _ = try synapse.validatedAnswer()
            Issue.record("\(bad.label) was accepted")
        } catch {
            #expect(error.description == bad.error.description)
            let score = PhraseScorer(vocabularySize: 100).score(
                synapse, for: TextSample(context: "ctx", continuation: " a", contextTokens: [], continuationTokens: [], document: 0, position: 0),
                tokenizer: ByteLevelTestTokenizer())
            #expect(score.loss == 20)
        }
    }

    @Test("requests outside the limits are refused", arguments: [0, 4097])
    func requestLimits(topk: Int) {
        #expect(throws: TextCausalLMNextError.topKOutOfRange(topk: topk, maximum: 4096)) {
            try TextCausalLMNext(context: "x", topk: topk).validateRequest()
        }
        #expect(throws: TextCausalLMNextError.contextTooLong(bytes: 11, maximum: 10)) {
            try TextCausalLMNext(context: "hello world").validateRequest(.init(maximumContextBytes: 10))
        }
    }

    @Test("answering cuts to topk and moves the mass of dropped phrases to the remainder")
    func answering() async throws {
        let request = TextCausalLMNext(context: "anything", topk: 2)
        let uniform = UniformPredictor(phrases: [" a", " b", " c"], vocabularySize: 10)
        let answer = try await request.answer(using: uniform)
        #expect(answer.phrases == [" a", " b"])
        #expect(answer.probabilities == [0.1, 0.1])
        #expect(abs((answer.remainder ?? 0) - 0.8) < 1e-12)
        let cut = request.answered(with: PhraseDistribution(
            phrases: [.init(text: "x", probability: 0.5), .init(text: "y", probability: 0.3), .init(text: "z", probability: 0.2)],
            remainder: 0))
        #expect(cut.phrases == ["x", "y"] && abs((cut.remainder ?? 0) - 0.2) < 1e-12)
        #expect(try cut.validatedAnswer().phrases.count == 2)
    }
}

/// One token per byte, for tests that need a validator tokenizer without the model file.
struct ByteLevelTestTokenizer: TextTokenizer {
    var vocabularySize: Int { 256 }
    func encode(_ text: String) -> [Int] { text.utf8.map(Int.init) }
    func decodeBytes(_ tokens: [Int]) -> [UInt8] { tokens.compactMap { UInt8(exactly: $0) } }
}
