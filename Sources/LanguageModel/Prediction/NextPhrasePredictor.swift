/// A model that predicts what text comes next, whatever its tokenizer: the answer is text phrases.
public protocol NextPhrasePredictor: Sendable {
    /// A short name for reports, such as `ngram(order 3)` or `uniform`.
    var name: String { get }
    /// The `topK` most probable next phrases after `context` and the mass left for the rest.
    func predict(context: String, topK: Int) async throws(PredictionError) -> PhraseDistribution
}

/// Why a predictor could not answer.
public enum PredictionError: Error, Equatable, CustomStringConvertible {
    /// `topK` was not positive.
    case invalidTopK(Int)
    /// The model failed to run; the text says why.
    case modelFailed(String)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .invalidTopK(let k): "topk must be at least 1, got \(k)"
        case .modelFailed(let reason): "the model could not predict: \(reason)"
        }
    }
}
