import Testing

@testable import LanguageModel

/// A vocabulary of eight single letters.
struct LetterTokenizer: TextTokenizer {
    static let letters = Array("abcdefgh")
    var vocabularySize: Int { Self.letters.count }
    func encode(_ text: String) -> [Int] { text.compactMap { Self.letters.firstIndex(of: $0) } }
    func decodeBytes(_ tokens: [Int]) -> [UInt8] {
        tokens.filter { Self.letters.indices.contains($0) }.flatMap { Array(String(Self.letters[$0]).utf8) }
    }
}

@Suite("Predictors: top phrases, the uniform guess, the softmax")
struct PredictorTests {
    @Test("topPhrases lists the k most probable tokens and leaves the rest in the remainder")
    func topK() {
        let result = topPhrases(probabilities: [0.1, 0.4, 0.2, 0.3, 0, 0, 0, 0], topK: 2, tokenizer: LetterTokenizer())
        #expect(result.phrases == [PredictedPhrase(text: "b", probability: 0.4), PredictedPhrase(text: "d", probability: 0.3)])
        #expect(abs(result.remainder - 0.3) < 1e-12)
        #expect(topPhrases(probabilities: [1], topK: 5, tokenizer: LetterTokenizer()).phrases.count == 1)
    }

    @Test("the uniform guess gives 1/V to each listed phrase whatever the context")
    func uniform() async throws {
        let predictor = UniformPredictor(phrases: ["a", "a", "", "b"], vocabularySize: 4)
        #expect(predictor.phrases == ["a", "b"])
        let answer = try await predictor.predict(context: "anything", topK: 5)
        #expect(answer.phrases.map(\.probability) == [0.25, 0.25])
        #expect(answer.remainder == 0.5)
        await #expect(throws: PredictionError.invalidTopK(0)) { try await predictor.predict(context: "", topK: 0) }
    }

    @Test("the softmax sums to 1 and keeps the order of the logits, even for huge logits")
    func softmax() {
        let p = TransformerPredictor.softmax([10, 9, -5, 0])
        #expect(abs(p.reduce(0, +) - 1) < 1e-12)
        #expect(p[0] > p[1] && p[1] > p[3] && p[3] > p[2])
        let huge = TransformerPredictor.softmax([1000, 999])
        #expect(abs(huge.reduce(0, +) - 1) < 1e-12 && huge[0] > huge[1])
    }
}
