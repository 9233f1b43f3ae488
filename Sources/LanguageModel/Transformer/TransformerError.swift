/// Why a transformer could not be loaded or run.
public enum TransformerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The GGUF file could not be read.
    case file(GGUFError)
    /// The file holds another architecture than `llama`.
    case unsupportedArchitecture(String)
    /// A hyperparameter is missing or impossible.
    case invalidHyperparameter(String, reason: String)
    /// A weight tensor has a type the kernels do not multiply.
    case unsupportedTensorType(String, GGMLType)
    /// A weight tensor has another shape than the hyperparameters imply.
    case unexpectedShape(String, [Int])
    /// A token id is outside the vocabulary.
    case tokenOutOfRange(Int, vocabulary: Int)
    /// The tokens would not fit in the key-value cache.
    case contextFull(needed: Int, capacity: Int)
    /// An empty token list was passed where at least one token is needed.
    case noTokens

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .file(let error): error.description
        case .unsupportedArchitecture(let name): "architecture '\(name)' is not supported (expected llama)"
        case .invalidHyperparameter(let key, let reason): "hyperparameter \(key) is invalid: \(reason)"
        case .unsupportedTensorType(let name, let type):
            "tensor '\(name)' has type \(type.name); the transformer multiplies q4_1 and q8_0 matrices and f32 norms"
        case .unexpectedShape(let name, let dimensions): "tensor '\(name)' has unexpected shape \(dimensions)"
        case .tokenOutOfRange(let token, let vocabulary):
            "token id \(token) is outside the vocabulary of \(vocabulary) tokens"
        case .contextFull(let needed, let capacity):
            "context full: \(needed) positions needed, the cache holds \(capacity); call reset() or load with a longer context"
        case .noTokens: "no tokens given: at least one token is needed"
        }
    }
}
