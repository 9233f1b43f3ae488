import Hashing

/// A public key with its scheme: what `coldkeypub.txt` and `<hotkey>pub.txt` hold.
public struct PublicAccount: Sendable, Hashable, CustomStringConvertible {
    /// The 32-byte public key (the account id).
    public let publicKey: [UInt8]
    /// The signature scheme the key belongs to.
    public let scheme: SignatureScheme

    /// A public account from a 32-byte public key.
    public init(publicKey: [UInt8], scheme: SignatureScheme = .sr25519) throws(KeyfileError) {
        guard publicKey.count == 32 else {
            throw .invalidField("publicKey", reason: "is \(publicKey.count) bytes; a public key has 32")
        }
        self.publicKey = publicKey
        self.scheme = scheme
    }

    /// A public account from an SS58 address of any network prefix.
    public init(ss58Address: String, scheme: SignatureScheme = .sr25519) throws(SS58Error) {
        publicKey = try SS58.decode(ss58Address).publicKey
        self.scheme = scheme
    }

    /// A public account from either an SS58 address or `0x` + 64 hex digits, as `regen-coldkeypub` accepts.
    public init(addressOrPublicKey text: String, scheme: SignatureScheme = .sr25519) throws(KeyfileError) {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("0x") || trimmed.hasPrefix("0X") {
            guard let bytes = try? Hex.decode(trimmed), bytes.count == 32 else {
                throw .invalidField("publicKey", reason: "is not 0x followed by 64 hex digits")
            }
            try self.init(publicKey: bytes, scheme: scheme)
            return
        }
        do {
            try self.init(ss58Address: trimmed, scheme: scheme)
        } catch {
            throw .invalidField("ss58Address", reason: "is not a valid SS58 address (\(error))")
        }
    }

    /// The public key of a key pair.
    public init(_ keyPair: KeyPair) {
        publicKey = keyPair.publicKey
        scheme = keyPair.scheme
    }

    /// The SS58 address with Bittensor's prefix 42.
    public var ss58Address: String {
        SS58.encode(validatedPublicKey: publicKey, prefix: SS58.defaultPrefix)
    }

    /// The scheme and address.
    public var description: String { "PublicAccount(\(scheme), \(ss58Address))" }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
