/// A signing key pair of either scheme: its public key, and a secret that never appears in
/// `description`, `debugDescription` or `dump`.
public struct KeyPair: Sendable {
    /// The secret half, per scheme.
    enum Secret: Sendable {
        /// An expanded schnorrkel secret key.
        case sr25519(Sr25519SecretKey)
        /// An Ed25519 32-byte seed.
        case ed25519(seed: [UInt8])
    }

    /// The signature scheme.
    public let scheme: SignatureScheme
    /// The 32-byte public key, which is also the account id.
    public let publicKey: [UInt8]
    /// The 32-byte seed (mini secret) this pair comes from, if known: it is lost after a soft derivation
    /// or when the pair was loaded from an sr25519 private key.
    public let seed: [UInt8]?
    /// The secret key.
    let secret: Secret

    /// Builds a key pair from its secret, computing the public key.
    init(secret: Secret, seed: [UInt8]?) {
        self.secret = secret
        self.seed = seed
        switch secret {
        case .sr25519(let key):
            scheme = .sr25519
            publicKey = key.publicKey.bytes
        case .ed25519(let edSeed):
            scheme = .ed25519
            publicKey = Ed25519.publicKey(seed: edSeed)
        }
    }

    /// Builds the key pair of a 32-byte seed (Substrate's `from_seed`; for sr25519 the seed is a mini
    /// secret expanded in Ed25519 mode).
    public init(seed: [UInt8], scheme: SignatureScheme = .sr25519) throws(KeyError) {
        guard seed.count == 32 else { throw .invalidSeedLength(seed.count) }
        switch scheme {
        case .sr25519: self.init(secret: .sr25519(Sr25519SecretKey(miniSecret: seed)), seed: seed)
        case .ed25519: self.init(secret: .ed25519(seed: seed), seed: seed)
        }
    }

    /// Builds the key pair of a private key as Bittensor keyfiles store it: sr25519 takes schnorrkel's
    /// 64-byte `scalar ‖ nonce` (or a 32-byte mini secret), ed25519 its 32-byte seed.
    public init(privateKey: [UInt8], scheme: SignatureScheme = .sr25519) throws(KeyError) {
        switch (scheme, privateKey.count) {
        case (_, 32):
            try self.init(seed: privateKey, scheme: scheme)
        case (.sr25519, 64):
            guard let key = Sr25519SecretKey(bytes: privateKey) else { throw .invalidPrivateKeyScalar }
            self.init(secret: .sr25519(key), seed: nil)
        default:
            throw .invalidPrivateKeyLength(privateKey.count, scheme: scheme)
        }
    }

    /// Builds the key pair of a mnemonic and optional password, through Substrate's mini secret.
    public init(mnemonic: Mnemonic, password: String = "", scheme: SignatureScheme = .sr25519) {
        let seed = mnemonic.miniSecret(password: password)
        switch scheme {
        case .sr25519: self.init(secret: .sr25519(Sr25519SecretKey(miniSecret: seed)), seed: seed)
        case .ed25519: self.init(secret: .ed25519(seed: seed), seed: seed)
        }
    }

    /// Generates a fresh mnemonic and its key pair.
    public static func generate(
        scheme: SignatureScheme = .sr25519, wordCount: Mnemonic.WordCount = .twelve
    ) -> (mnemonic: Mnemonic, keyPair: KeyPair) {
        let mnemonic = Mnemonic.generate(wordCount: wordCount)
        return (mnemonic, KeyPair(mnemonic: mnemonic, scheme: scheme))
    }

    /// The private key as Bittensor keyfiles store it: schnorrkel's 64-byte `scalar ‖ nonce` for
    /// sr25519, the 32-byte seed for ed25519. Handle with care.
    public var privateKey: [UInt8] {
        switch secret {
        case .sr25519(let key): key.bytes
        case .ed25519(let seed): seed
        }
    }

    /// The public key as an SS58 address with the generic prefix 42 (`5…`).
    public var ss58Address: String {
        SS58.encode(validatedPublicKey: publicKey, prefix: SS58.defaultPrefix)
    }

    /// The public key as an SS58 address for network `prefix`.
    public func ss58Address(prefix: UInt16) throws(SS58Error) -> String {
        try SS58.encode(publicKey: publicKey, prefix: prefix)
    }
}
