/// The signature schemes a Yuma account key can use.
public enum SignatureScheme: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Schnorr signatures on ristretto255 (schnorrkel), Substrate's and Bittensor's default.
    case sr25519
    /// Ed25519 (RFC 8032).
    case ed25519

    /// The scheme's name: `sr25519` or `ed25519`.
    public var description: String { rawValue }

    /// Bittensor's keyfile `cryptoType` number: 1 for sr25519, 0 for ed25519.
    public var cryptoType: Int {
        switch self {
        case .sr25519: 1
        case .ed25519: 0
        }
    }
}
