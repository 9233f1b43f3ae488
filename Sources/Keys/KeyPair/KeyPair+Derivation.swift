extension KeyPair {
    /// The key pair reached by following `junctions` in order, as Substrate derives: hard junctions
    /// (`//`) for both schemes, soft junctions (`/`) for sr25519 only.
    public func derived(along junctions: [DeriveJunction]) throws(KeyError) -> KeyPair {
        var generator = SystemRandomNumberGenerator()
        return try derived(along: junctions, using: &generator)
    }

    /// Derives along `junctions`, drawing a soft-derived sr25519 nonce's fresh randomness from `random`.
    public func derived(
        along junctions: [DeriveJunction], using random: inout some RandomNumberGenerator
    ) throws(KeyError) -> KeyPair {
        switch secret {
        case .sr25519(var key):
            var seed = self.seed
            for junction in junctions {
                if junction.isHard {
                    let miniSecret = Sr25519.hardDerive(key, chainCode: junction.chainCode)
                    key = Sr25519SecretKey(miniSecret: miniSecret)
                    seed = seed == nil ? nil : miniSecret
                } else {
                    key = Sr25519.softDerive(key, chainCode: junction.chainCode, using: &random)
                    seed = nil
                }
            }
            return KeyPair(secret: .sr25519(key), seed: seed)
        case .ed25519(var seed):
            for junction in junctions {
                guard junction.isHard else {
                    throw .softDerivationNotSupported(scheme: .ed25519, junction: junction.description)
                }
                seed = Ed25519.hardDerive(seed: seed, chainCode: junction.chainCode)
            }
            return KeyPair(secret: .ed25519(seed: seed), seed: seed)
        }
    }

    /// Derives an sr25519 public key along soft junctions only, without the secret key (the child's
    /// public key equals that of the secret-key derivation).
    public static func softDerivedPublicKey(
        _ publicKey: [UInt8], along junctions: [DeriveJunction]
    ) throws(KeyError) -> [UInt8] {
        var current = publicKey
        for junction in junctions {
            guard !junction.isHard else { throw .hardJunctionNeedsSecretKey(junction: junction.description) }
            guard let next = Sr25519.softDerive(publicKey: current, chainCode: junction.chainCode) else {
                throw .invalidPublicKey
            }
            current = next
        }
        return current
    }
}
