import LanguageModel

/// The average phrase cross-entropy of a predictor over corpus samples: how a validator would judge it.
public struct PredictorEvaluation: Sendable, Equatable {
    /// The predictor's name.
    public let predictor: String
    /// The number of samples scored.
    public let samples: Int
    /// The mean loss in nats.
    public let meanLoss: Double
    /// The share of samples where a listed phrase matched.
    public let hitRate: Double
    /// The number of answers that failed or were invalid (scored at the maximum loss).
    public let failures: Int

    /// Scores `predictor` on every sample, asking for `topK` phrases; a prediction error counts as no
    /// answer.
    public static func run(
        _ predictor: some NextPhrasePredictor, samples: [TextSample], topK: Int, scorer: PhraseScorer,
        tokenizer: any TextTokenizer
    ) async -> PredictorEvaluation {
        var total = 0.0
        var hits = 0
        var failures = 0
        for sample in samples {
            let request = TextCausalLMNext(context: sample.context, topk: topK)
            let response = try? await request.answer(using: predictor)
            let score = scorer.score(response, for: sample, tokenizer: tokenizer)
            total += score.loss
            switch score.outcome {
            case .hit: hits += 1
            case .invalid, .noResponse: failures += 1
            case .miss: break
            }
        }
        let count = max(1, samples.count)
        return PredictorEvaluation(
            predictor: predictor.name, samples: samples.count, meanLoss: total / Double(count),
            hitRate: Double(hits) / Double(count), failures: failures)
    }
}
