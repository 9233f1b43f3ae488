import Hashing

/// `wallet sign` and `wallet verify`: sign a text message with a wallet key and check a signature
/// against an address, with signatures as hex as btcli prints them.
public enum MessageSigning {
    /// Signs the UTF-8 bytes of `message`; returns the 64-byte signature as lowercase hex without `0x`,
    /// as `btcli wallet sign` prints it.
    public static func sign(_ message: String, with keyPair: KeyPair) -> String {
        keyPair.sign(Array(message.utf8)).hexString
    }

    /// Whether `signature` (hex, with or without `0x`) is a valid signature of the UTF-8 bytes of
    /// `message` by `signer` (an SS58 address or `0x` public key), accepting the `<Bytes>…</Bytes>` form
    /// as Bittensor does. Malformed input throws; a well-formed but wrong signature returns `false`.
    public static func verify(
        _ message: String, signature: String, signer: String, scheme: SignatureScheme = .sr25519
    ) throws(MessageSigningError) -> Bool {
        let account: PublicAccount
        do {
            account = try PublicAccount(addressOrPublicKey: signer, scheme: scheme)
        } catch {
            throw .invalidSigner(signer)
        }
        let trimmed = signature.trimmingWhitespace()
        guard let bytes = try? Hex.decode(trimmed) else { throw .signatureNotHex }
        guard bytes.count == 64 else { throw .invalidSignatureLength(bytes.count) }
        return KeyPair.verifyAcceptingBytesWrapper(
            signature: bytes, message: Array(message.utf8), publicKey: account.publicKey, scheme: scheme)
    }
}

/// Why a signature check could not even be attempted.
public enum MessageSigningError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The signer is neither an SS58 address nor `0x` + 64 hex digits.
    case invalidSigner(String)
    /// The signature is not hexadecimal.
    case signatureNotHex
    /// The signature is not 64 bytes.
    case invalidSignatureLength(Int)

    /// A sentence naming the problem and what to do about it.
    public var description: String {
        switch self {
        case .invalidSigner(let signer):
            "'\(signer)' is not an SS58 address or a 0x-prefixed 32-byte public key; check the address"
        case .signatureNotHex:
            "the signature is not hexadecimal; pass the 128 hex digits `wallet sign` printed"
        case .invalidSignatureLength(let count):
            "the signature is \(count) bytes; a signature is 64 bytes (128 hex digits)"
        }
    }
}
