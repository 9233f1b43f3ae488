extension KeyPair {
    /// Signs `message`: sr25519 in the `substrate` context with a fresh random nonce, ed25519
    /// deterministically. Always 64 bytes.
    public func sign(_ message: [UInt8]) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return sign(message, using: &generator)
    }

    /// Signs `message`, drawing sr25519's nonce randomness from `random` (ed25519 ignores it).
    public func sign(_ message: [UInt8], using random: inout some RandomNumberGenerator) -> [UInt8] {
        switch secret {
        case .sr25519(let key): Sr25519.sign(message, with: key, using: &random)
        case .ed25519(let seed): Ed25519.sign(message, seed: seed)
        }
    }

    /// Whether `signature` is `publicKey`'s valid signature of exactly `message` under `scheme`.
    public static func verify(
        signature: [UInt8], message: [UInt8], publicKey: [UInt8], scheme: SignatureScheme
    ) -> Bool {
        switch scheme {
        case .sr25519: Sr25519.verify(signature: signature, message: message, publicKey: publicKey)
        case .ed25519: Ed25519.verify(signature: signature, message: message, publicKey: publicKey)
        }
    }

    /// Verifies as Bittensor wallets do: a signature of `message` itself, or of `<Bytes>` + message +
    /// `</Bytes>` (the form browser extensions sign).
    public static func verifyAcceptingBytesWrapper(
        signature: [UInt8], message: [UInt8], publicKey: [UInt8], scheme: SignatureScheme
    ) -> Bool {
        if verify(signature: signature, message: message, publicKey: publicKey, scheme: scheme) {
            return true
        }
        let wrapped = Array("<Bytes>".utf8) + message + Array("</Bytes>".utf8)
        return verify(signature: signature, message: wrapped, publicKey: publicKey, scheme: scheme)
    }

    /// Whether `signature` is this pair's valid signature of `message`.
    public func verify(signature: [UInt8], message: [UInt8]) -> Bool {
        Self.verify(signature: signature, message: message, publicKey: publicKey, scheme: scheme)
    }
}
