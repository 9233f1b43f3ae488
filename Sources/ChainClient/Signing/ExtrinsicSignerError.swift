/// Why an extrinsic could not be signed.
public enum ExtrinsicSignerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The genesis hash is not `0x` and 64 hex digits.
    case invalidGenesisHash(String)

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case .invalidGenesisHash(let text):
            "the genesis hash \(text) is not 32 bytes of hex; pass what chain_getGenesisHash answers"
        }
    }
}
