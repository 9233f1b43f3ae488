import CSodium

/// Bittensor's `$NACL` keyfile encryption: `"$NACL" ‖ nonce(24) ‖ secretbox(plaintext)`, with the key
/// derived by Argon2i v1.3 from the password and a fixed salt.
public enum KeyfileCipher {
    /// Bittensor's fixed Argon2i salt (`b"\x13q\x83\xdf\xf1Z\t\xbc\x9c\x90\xb5Q\x879\xe9\xb1"`).
    public static let salt: [UInt8] = [
        0x13, 0x71, 0x83, 0xDF, 0xF1, 0x5A, 0x09, 0xBC, 0x9C, 0x90, 0xB5, 0x51, 0x87, 0x39, 0xE9, 0xB1,
    ]
    /// The XSalsa20 nonce length.
    static let nonceByteCount = 24
    /// The Poly1305 tag length.
    static let tagByteCount = 16
    /// The secretbox key length.
    static let keyByteCount = 32
    /// The shortest possible `$NACL` file: prefix, nonce and tag around an empty plaintext.
    static let minimumByteCount = KeyfileEncryption.naclPrefix.count + nonceByteCount + tagByteCount

    /// Encrypts keyfile JSON with `password` into a `$NACL` keyfile, with a fresh random nonce.
    /// Takes about five seconds and 512 MiB, as Bittensor's does.
    public static func encrypt(_ plaintext: [UInt8], password: String) throws(KeyfileError) -> [UInt8] {
        try encrypt(plaintext, password: password, derivation: .bittensor)
    }

    /// Decrypts a `$NACL` keyfile with `password`; legacy formats are refused with
    /// ``KeyfileError/legacyEncryption(_:)``, plaintext with ``KeyfileError/notEncrypted``.
    public static func decrypt(_ keyfile: [UInt8], password: String) throws(KeyfileError) -> [UInt8] {
        try decrypt(keyfile, password: password, derivation: .bittensor)
    }

    /// Encrypts with explicit Argon2i parameters.
    static func encrypt(_ plaintext: [UInt8], password: String, derivation: KeyDerivation)
        throws(KeyfileError) -> [UInt8]
    {
        Sodium.ensureInitialised()
        let key = try deriveKey(password: password, derivation: derivation)
        var nonce = [UInt8](repeating: 0, count: nonceByteCount)
        randombytes_buf(&nonce, nonceByteCount)
        var sealed = [UInt8](repeating: 0, count: plaintext.count + tagByteCount)
        let status = crypto_secretbox_easy(&sealed, plaintext, UInt64(plaintext.count), nonce, key)
        precondition(status == 0, "crypto_secretbox_easy cannot fail for valid lengths")
        return KeyfileEncryption.naclPrefix + nonce + sealed
    }

    /// Decrypts with explicit Argon2i parameters.
    static func decrypt(_ keyfile: [UInt8], password: String, derivation: KeyDerivation)
        throws(KeyfileError) -> [UInt8]
    {
        let encryption = KeyfileEncryption(detecting: keyfile)
        guard encryption == .nacl else {
            if encryption.isLegacy { throw .legacyEncryption(encryption) }
            throw .notEncrypted
        }
        guard keyfile.count >= minimumByteCount else { throw .truncatedCiphertext(byteCount: keyfile.count) }
        Sodium.ensureInitialised()
        let nonceStart = KeyfileEncryption.naclPrefix.count
        let nonce = Array(keyfile[nonceStart..<(nonceStart + nonceByteCount)])
        let sealed = Array(keyfile[(nonceStart + nonceByteCount)...])
        let key = try deriveKey(password: password, derivation: derivation)
        var plaintext = [UInt8](repeating: 0, count: sealed.count - tagByteCount)
        guard crypto_secretbox_open_easy(&plaintext, sealed, UInt64(sealed.count), nonce, key) == 0 else {
            throw .wrongPassword
        }
        return plaintext
    }

    /// Argon2i v1.3 over the UTF-8 password with Bittensor's salt: a 32-byte secretbox key.
    static func deriveKey(password: String, derivation: KeyDerivation) throws(KeyfileError) -> [UInt8] {
        Sodium.ensureInitialised()
        // A NUL-terminated copy is never empty, so its base address exists even for an empty password.
        let characters = Array(password.utf8CString)
        var key = [UInt8](repeating: 0, count: keyByteCount)
        let status = crypto_pwhash(
            &key, UInt64(keyByteCount), characters, UInt64(characters.count - 1), salt,
            derivation.operations, derivation.memory, crypto_pwhash_ALG_ARGON2I13)
        guard status == 0 else { throw .keyDerivationFailed(memoryLimit: derivation.memory) }
        return key
    }
}
