import Hashing

extension KeyPair {
    /// Builds the key pair of a secret URI: `phrase[//hard][/soft][///password]`, `//Alice` (dev phrase)
    /// or a `0x` 32-byte hex seed, exactly as Substrate's `Pair::from_string` does.
    public init(uri: String, scheme: SignatureScheme = .sr25519) throws(SecretURIError) {
        try self.init(uri: SecretURI(uri), scheme: scheme)
    }

    /// Builds the key pair of a parsed secret URI.
    public init(uri: SecretURI, scheme: SignatureScheme = .sr25519) throws(SecretURIError) {
        let root: KeyPair
        if uri.phrase.hasPrefix("0x") {
            guard let seed = try? Hex.decode(uri.phrase), seed.count == 32,
                let pair = try? KeyPair(seed: seed, scheme: scheme)
            else { throw .invalidHexSeed }
            root = pair
        } else {
            let mnemonic: Mnemonic
            do {
                mnemonic = try Mnemonic(phrase: uri.phrase)
            } catch {
                throw .invalidPhrase(error)
            }
            root = KeyPair(mnemonic: mnemonic, password: uri.password ?? "", scheme: scheme)
        }
        do {
            self = try root.derived(along: uri.junctions)
        } catch {
            guard case .softDerivationNotSupported(let scheme, let junction) = error else {
                preconditionFailure("deriving a secret key can only fail on a soft ed25519 junction")
            }
            throw .softJunctionNotSupported(scheme: scheme, junction: junction)
        }
    }
}
