import Keys
import Runtime

extension KeyPair {
    /// The account this key pair signs for (its public key).
    public var accountID: AccountID {
        // A key pair's public key is always 32 bytes, so the fallback is unreachable.
        (try? AccountID(bytes: publicKey)) ?? AccountID(testSeed: 0)
    }

    /// The extrinsic key type tag of this pair's scheme.
    public var keyType: KeyType {
        switch scheme {
        case .sr25519: .sr25519
        case .ed25519: .ed25519
        }
    }
}

extension KeyType {
    /// The signature scheme this tag names.
    public var signatureScheme: SignatureScheme {
        switch self {
        case .sr25519: .sr25519
        case .ed25519: .ed25519
        }
    }
}
