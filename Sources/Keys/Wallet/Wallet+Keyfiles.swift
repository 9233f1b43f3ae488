extension Wallet {
    /// Reads and, if needed, decrypts the keyfile at `path`, asking `passwords` only for an encrypted file.
    func readKeyfile(at path: String, key: String, passwords: (any PasswordSource)?) throws(WalletError)
        -> KeyfileKey
    {
        guard KeyfileStorage.exists(path) else { throw .keyfileNotFound(path: path, key: key) }
        let bytes: [UInt8]
        do {
            bytes = try KeyfileStorage.read(path)
        } catch {
            throw .file(error)
        }
        let plaintext = try decryptIfNeeded(bytes, at: path, key: key, passwords: passwords)
        do {
            return try KeyfileData(jsonBytes: plaintext).key()
        } catch {
            throw .keyfile(path: path, error)
        }
    }

    /// The plaintext of keyfile bytes: as they are, or decrypted with a password from `passwords`.
    private func decryptIfNeeded(
        _ bytes: [UInt8], at path: String, key: String, passwords: (any PasswordSource)?
    ) throws(WalletError) -> [UInt8] {
        let encryption = KeyfileEncryption(detecting: bytes)
        switch encryption {
        case .none:
            return bytes
        case .ansibleVault, .fernet:
            throw .keyfile(path: path, .legacyEncryption(encryption))
        case .nacl:
            guard bytes.count >= KeyfileCipher.minimumByteCount else {
                throw .keyfile(path: path, .truncatedCiphertext(byteCount: bytes.count))
            }
            guard let passwords else { throw .password(path: path, .unavailable(key)) }
            let password: String
            do {
                password = try passwords.password(
                    for: PasswordRequest(keyfilePath: path, keyName: key, purpose: .unlock))
            } catch {
                throw .password(path: path, error)
            }
            do {
                return try KeyfileCipher.decrypt(bytes, password: password, derivation: keyDerivation)
            } catch {
                throw .keyfile(path: path, error)
            }
        }
    }

    /// Throws ``WalletError/keyfileExists(path:)`` for the first existing path unless `overwrite`.
    func ensureWritable(_ paths: [String], overwrite: Bool) throws(WalletError) {
        guard !overwrite else { return }
        if let existing = paths.first(where: KeyfileStorage.exists) { throw .keyfileExists(path: existing) }
    }

    /// Asks `passwords` for a password to encrypt the keyfile at `path`.
    func encryptionPassword(for path: String, key: String, passwords: any PasswordSource) throws(WalletError)
        -> String
    {
        do {
            return try passwords.password(
                for: PasswordRequest(keyfilePath: path, keyName: key, purpose: .encrypt))
        } catch {
            throw .password(path: path, error)
        }
    }

    /// Writes `data` to `path` atomically with mode 0600, encrypted as `$NACL` when `password` is given.
    func writeKeyfile(_ data: KeyfileData, at path: String, password: String?, overwrite: Bool)
        throws(WalletError)
    {
        var bytes = data.jsonBytes()
        if let password {
            do {
                bytes = try KeyfileCipher.encrypt(bytes, password: password, derivation: keyDerivation)
            } catch {
                throw .keyfile(path: path, error)
            }
        }
        let outcome: KeyfileStorage.WriteOutcome
        do {
            outcome = try KeyfileStorage.write(bytes, to: path, existing: overwrite ? .replace : .keep)
        } catch {
            throw .file(error)
        }
        guard outcome == .written else { throw .keyfileExists(path: path) }
    }
}
