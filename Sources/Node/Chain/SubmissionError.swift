import Runtime

/// Why a submitted extrinsic was not admitted.
public enum SubmissionError: Error, Sendable, CustomStringConvertible {
    /// The bytes are not a signed extrinsic.
    case malformed(String)
    /// The signature does not verify against the signer for this chain and runtime version.
    case badSignature
    /// The pool refused it.
    case pool(TransactionPoolError)

    /// What went wrong.
    public var description: String {
        switch self {
        case .malformed(let reason): "malformed extrinsic: \(reason)"
        case .badSignature:
            "bad signature: it does not verify for the signer over this chain's genesis hash and runtime version"
        case .pool(let error): error.description
        }
    }
}
