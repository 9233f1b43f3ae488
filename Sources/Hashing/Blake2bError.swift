/// Why a ``Blake2b`` hasher could not be created.
public enum Blake2bError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The requested digest length is outside 1…64 bytes.
    case invalidOutputByteCount(Int)
    /// The key is longer than 64 bytes.
    case keyTooLong(Int)

    /// A sentence stating the rejected value and the allowed range.
    public var description: String {
        switch self {
        case .invalidOutputByteCount(let count):
            "BLAKE2b output length must be 1...64 bytes, got \(count)"
        case .keyTooLong(let count):
            "BLAKE2b key must be at most 64 bytes, got \(count)"
        }
    }
}
