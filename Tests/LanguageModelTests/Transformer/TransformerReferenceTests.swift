import Foundation
import Testing

@testable import LanguageModel

/// The Swift engine against the numpy reference (`Oracle/reference_forward.py`).
///
/// Tolerance: the Swift kernels quantize activations to 8-bit blocks as llama.cpp does, the reference
/// does not, so logits differ slightly. Every compared logit vector must agree within
/// `relativeTolerance` of the reference's logit range (max − min) and have the same argmax.
@Suite(
    "Transformer against the numpy reference",
    .enabled(if: (SmolLM2Fixture.url != nil && ReferenceOracle.available) || SmolLM2Fixture.enabled))
struct TransformerReferenceTests {
    /// "The capital of France is" in SmolLM2 token ids.
    static let prompt = ["The", "Ġcapital", "Ġof", "ĠFrance", "Ġis"]
    /// Decode steps after the prompt: " Paris", ".".
    static let decodeTokens = ["ĠParis", "."]
    static let relativeTolerance: Float = 0.03

    @Test func prefillDecodeAndGreedyMatchTheReference() throws {
        let url = try SmolLM2Fixture.requireURL()
        let file = try GGUFFile(contentsOf: url)
        let vocabulary = try file.stringArray("tokenizer.ggml.tokens")
        let ids = { (words: [String]) throws -> [Int] in
            try words.map { word in try #require(vocabulary.firstIndex(of: word), "token \(word)") }
        }
        let prompt = try ids(Self.prompt)
        let decode = try ids(Self.decodeTokens)
        let reference = try ReferenceOracle.forward(model: url, prompt: prompt, decode: decode, greedy: 8)
        let model = try Transformer(file: file, threads: 2, contextLength: 64)

        try expectClose(try model.prefill(tokens: prompt), reference.prefill, "prefill")
        for (step, token) in decode.enumerated() {
            try expectClose(try model.decode(token: token), reference.decode[step], "decode step \(step)")
        }

        let greedy = try model.greedy(prompt: prompt, count: 8)
        #expect(greedy == reference.greedy)
        let text = greedy.map { vocabulary[$0] }.joined().replacingOccurrences(of: "Ġ", with: " ")
        #expect(text.hasPrefix(" Paris"), "greedy continuation: \(text)")
    }

    @Test func batchedPrefillEqualsTokenByTokenDecode() throws {
        let model = try Transformer(contentsOf: SmolLM2Fixture.requireURL(), threads: 2, contextLength: 16)
        let tokens = (0..<10).map { ($0 * 7919) % 49152 }
        let batched = try model.prefill(tokens: tokens)
        model.reset()
        var stepwise: [Float] = []
        for token in tokens { stepwise = try model.decode(token: token) }
        let difference = zip(batched, stepwise).map { abs($0 - $1) }.max() ?? 0
        #expect(difference < 1e-3, "batched and stepwise logits differ by \(difference)")
    }

    private func expectClose(_ actual: [Float], _ expected: [Float], _ what: String) throws {
        try #require(actual.count == expected.count)
        let range = (expected.max() ?? 0) - (expected.min() ?? 0)
        let difference = zip(actual, expected).map { abs($0 - $1) }.max() ?? 0
        #expect(
            difference <= Self.relativeTolerance * range,
            "\(what): max |Δlogit| \(difference) over a logit range of \(range)")
        #expect(Transformer.argmax(actual) == Transformer.argmax(expected), "\(what): argmax")
        print("\(what): max |Δlogit| \(difference), range \(range), relative \(difference / range)")
    }
}
