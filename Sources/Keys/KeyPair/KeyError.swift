/// Why key material cannot become a key pair.
public enum KeyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A seed (mini secret) must be 32 bytes.
    case invalidSeedLength(Int)
    /// A private key has the wrong length for its scheme (sr25519: 64, ed25519: 32).
    case invalidPrivateKeyLength(Int, scheme: SignatureScheme)
    /// An sr25519 private key's scalar half is not a canonical scalar (not below the group order).
    case invalidPrivateKeyScalar
    /// The scheme cannot derive along a soft junction (ed25519 supports only hard `//` junctions).
    case softDerivationNotSupported(scheme: SignatureScheme, junction: String)
    /// A public key alone can follow only soft junctions; a hard junction needs the secret key.
    case hardJunctionNeedsSecretKey(junction: String)
    /// The bytes are not a valid sr25519 public key (a canonical ristretto255 point).
    case invalidPublicKey

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidSeedLength(let count):
            "a seed must be 32 bytes, got \(count)"
        case .invalidPrivateKeyLength(let count, let scheme):
            "\(scheme) private key must be \(scheme == .sr25519 ? 64 : 32) bytes, got \(count)"
        case .invalidPrivateKeyScalar:
            "sr25519 private key scalar is not canonical (its first 32 bytes must be below the group order)"
        case .softDerivationNotSupported(let scheme, let junction):
            "\(scheme) keys support only hard derivation (//name); soft junction '\(junction)' is not allowed"
        case .hardJunctionNeedsSecretKey(let junction):
            "hard junction '\(junction)' needs the secret key; a public key can follow only soft junctions"
        case .invalidPublicKey:
            "the bytes are not a valid sr25519 public key (a 32-byte ristretto255 point)"
        }
    }
}
