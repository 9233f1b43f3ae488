/// What is wrong with a `TextCausalLMNext` request or answer.
public enum TextCausalLMNextError: Error, Equatable, CustomStringConvertible {
    /// The request's `topk` is not in `1...maximum`.
    case topKOutOfRange(topk: Int, maximum: Int)
    /// The request's context is longer than allowed.
    case contextTooLong(bytes: Int, maximum: Int)
    /// The miner's model failed.
    case predictionFailed(String)
    /// The answer has no remainder: the miner did not answer.
    case noAnswer
    /// The answer's phrase and probability lists differ in length.
    case countMismatch(phrases: Int, probabilities: Int)
    /// The answer lists more phrases than `topk`.
    case tooManyPhrases(count: Int, topk: Int)
    /// A probability is negative, infinite or NaN.
    case invalidProbability(index: Int, value: Double)
    /// The remainder is negative, infinite or NaN.
    case invalidRemainder(Double)
    /// A phrase is empty or longer than allowed.
    case phraseLength(index: Int, bytes: Int, maximum: Int)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .topKOutOfRange(let topk, let maximum): "topk must be between 1 and \(maximum), got \(topk)"
        case .contextTooLong(let bytes, let maximum): "the context has \(bytes) bytes, more than the \(maximum) allowed"
        case .predictionFailed(let reason): "the model could not answer: \(reason)"
        case .noAnswer: "the answer has no remainder, so it is no answer"
        case .countMismatch(let phrases, let probabilities):
            "the answer has \(phrases) phrases but \(probabilities) probabilities"
        case .tooManyPhrases(let count, let topk): "the answer has \(count) phrases, more than topk \(topk)"
        case .invalidProbability(let index, let value):
            "phrase \(index) has probability \(value), not a finite non-negative number"
        case .invalidRemainder(let value): "the remainder \(value) is not a finite non-negative number"
        case .phraseLength(let index, let bytes, let maximum):
            "phrase \(index) has \(bytes) bytes; phrases must have 1 to \(maximum)"
        }
    }
}
