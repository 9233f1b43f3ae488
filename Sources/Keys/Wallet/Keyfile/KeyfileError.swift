/// Why keyfile bytes cannot be decrypted, parsed or turned into a key.
public enum KeyfileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The keyfile is empty.
    case empty
    /// The decrypted or plaintext keyfile is not UTF-8 text.
    case notUTF8
    /// The input ends in the middle of the JSON object: the file was cut short.
    case truncatedJSON(byteCount: Int)
    /// The JSON is malformed at `offset` (bytes from the start).
    case invalidJSON(offset: Int, reason: String)
    /// The file holds a bare SS58 address instead of keyfile JSON (very old Bittensor public files).
    case bareAddress
    /// The JSON is valid but is not an object.
    case notAnObject
    /// A field has a value Yuma cannot use; `reason` says what is wrong with it (never the secret itself).
    case invalidField(String, reason: String)
    /// `cryptoType` names a scheme other than 0 (ed25519) or 1 (sr25519).
    case unsupportedCryptoType(String)
    /// None of `secretPhrase`, `secretSeed`, `privateKey` or `ss58Address` is present.
    case noKeyMaterial
    /// The key computed from the secret does not match the file's `field` (`publicKey`, `accountId` or
    /// `ss58Address`).
    case keyMismatch(field: String)
    /// The file holds only a public key where a secret key is needed.
    case publicKeyOnly
    /// A `$NACL` file is shorter than its prefix, nonce and authentication tag.
    case truncatedCiphertext(byteCount: Int)
    /// The password does not decrypt the `$NACL` keyfile (or the ciphertext was altered).
    case wrongPassword
    /// The file is encrypted in a legacy format Yuma cannot decrypt.
    case legacyEncryption(KeyfileEncryption)
    /// The file is encrypted but a plaintext keyfile was expected.
    case encrypted(KeyfileEncryption)
    /// The file is plaintext but `$NACL` ciphertext was expected.
    case notEncrypted
    /// Argon2i could not derive the key (libsodium could not allocate its working memory).
    case keyDerivationFailed(memoryLimit: Int)

    /// A sentence naming the problem and what to do about it.
    public var description: String {
        switch self {
        case .empty:
            "the keyfile is empty; regenerate it from its mnemonic or seed"
        case .notUTF8:
            "the keyfile is not UTF-8 JSON text; the file is corrupt, regenerate it from its mnemonic or seed"
        case .truncatedJSON(let count):
            "the keyfile JSON ends after \(count) bytes, in the middle of the object: the file was cut short; "
                + "regenerate it from its mnemonic or seed"
        case .invalidJSON(let offset, let reason):
            "the keyfile is not valid JSON (\(reason) at byte \(offset)); the file is corrupt, regenerate it "
                + "from its mnemonic or seed"
        case .bareAddress:
            "the keyfile holds a bare SS58 address, not keyfile JSON; rewrite it with `wallet regen-coldkeypub`"
        case .notAnObject:
            "the keyfile JSON is not an object; regenerate the file from its mnemonic or seed"
        case .invalidField(let field, let reason):
            "the keyfile field '\(field)' \(reason); the file is corrupt, regenerate it from its mnemonic or seed"
        case .unsupportedCryptoType(let value):
            "the keyfile's cryptoType \(value) is not supported (0 = ed25519, 1 = sr25519)"
        case .noKeyMaterial:
            "the keyfile has none of secretPhrase, secretSeed, privateKey or ss58Address; regenerate it"
        case .keyMismatch(let field):
            "the keyfile's secret does not produce the key in its '\(field)' field; the file was edited or is "
                + "corrupt, regenerate it from its mnemonic or seed"
        case .publicKeyOnly:
            "the keyfile holds only a public key, so it cannot sign; regenerate the secret key from its mnemonic"
        case .truncatedCiphertext(let count):
            "the $NACL keyfile is only \(count) bytes, shorter than its 45-byte header and tag: the file was cut "
                + "short; regenerate it from its mnemonic or seed"
        case .wrongPassword:
            "the password does not decrypt the keyfile; check the password (and any BT_PW_ variable), or "
                + "regenerate the key from its mnemonic if the password is lost"
        case .legacyEncryption(let encryption):
            "this keyfile uses the legacy \(encryption) format, which Yuma cannot decrypt; decrypt it with "
                + "Bittensor's wallet tools (or regenerate it from its mnemonic) and save it again as $NACL"
        case .encrypted(let encryption):
            "the keyfile is encrypted (\(encryption)) where a plaintext keyfile was expected"
        case .notEncrypted:
            "the keyfile is not encrypted (it does not start with $NACL), so there is nothing to decrypt"
        case .keyDerivationFailed(let memory):
            "Argon2i could not allocate \(memory / 1_048_576) MiB to derive the keyfile key; free memory and retry"
        }
    }
}
