/// Why an n-gram model could not be trained, saved, loaded or paired with a tokenizer.
public enum NGramError: Error, Equatable, CustomStringConvertible {
    /// The order is outside 1...4.
    case unsupportedOrder(Int)
    /// The vocabulary is empty or too large for the history keys.
    case unsupportedVocabularySize(Int)
    /// A training token is not a vocabulary id.
    case tokenOutOfRange(token: Int, vocabularySize: Int)
    /// The training documents hold no token.
    case emptyCorpus
    /// The model file could not be read or written.
    case io(path: String, reason: String)
    /// The model file is not a Yuma n-gram file or is damaged.
    case malformedFile(String)
    /// The model was trained with a different tokenizer.
    case tokenizerMismatch(expected: UInt64, actual: UInt64)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .unsupportedOrder(let order): "the n-gram order must be 1 to 4, got \(order)"
        case .unsupportedVocabularySize(let size): "a vocabulary of \(size) tokens is not supported"
        case .tokenOutOfRange(let token, let size): "token \(token) is outside the vocabulary of \(size) tokens"
        case .emptyCorpus: "the training corpus holds no token"
        case .io(let path, let reason): "cannot access the n-gram file \(path): \(reason)"
        case .malformedFile(let reason): "not a valid Yuma n-gram file: \(reason)"
        case .tokenizerMismatch(let expected, let actual):
            "the n-gram model was trained with another tokenizer (vocabulary fingerprint \(String(expected, radix: 16)), this tokenizer has \(String(actual, radix: 16)))"
        }
    }
}
