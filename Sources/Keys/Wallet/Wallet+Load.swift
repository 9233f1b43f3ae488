extension Wallet {
    /// The coldkey key pair; `passwords` is asked only if the file is encrypted.
    public func loadColdkey(passwords: some PasswordSource) throws(WalletError) -> KeyPair {
        try secretKey(readColdkey(passwords: passwords), at: coldkeyPath)
    }

    /// The coldkey with its mnemonic when the file records one; `passwords` is asked only if encrypted.
    public func readColdkey(passwords: some PasswordSource) throws(WalletError) -> KeyfileKey {
        try readKeyfile(at: coldkeyPath, key: "coldkey", passwords: passwords)
    }

    /// The selected hotkey's key pair; `passwords` is needed only for an encrypted hotkey.
    public func loadHotkey(passwords: (any PasswordSource)? = nil) throws(WalletError) -> KeyPair {
        try secretKey(readHotkey(passwords: passwords), at: hotkeyPath)
    }

    /// The selected hotkey with its mnemonic when the file records one.
    public func readHotkey(passwords: (any PasswordSource)? = nil) throws(WalletError) -> KeyfileKey {
        try readKeyfile(at: hotkeyPath, key: hotkeyKeyName, passwords: passwords)
    }

    /// The coldkey's public account from `coldkeypub.txt`; never needs a password.
    public func loadColdkeypub() throws(WalletError) -> PublicAccount {
        try readKeyfile(at: coldkeypubPath, key: "coldkeypub.txt", passwords: nil).publicAccount
    }

    /// The selected hotkey's public account: from `<hotkey>pub.txt`, or from the hotkey itself when it is
    /// plaintext and has no public file (wallets written before btwallet 3).
    public func loadHotkeypub() throws(WalletError) -> PublicAccount {
        if KeyfileStorage.exists(hotkeypubPath) {
            return try readKeyfile(at: hotkeypubPath, key: "\(hotkey)pub.txt", passwords: nil).publicAccount
        }
        return try readKeyfile(at: hotkeyPath, key: hotkeyKeyName, passwords: nil).publicAccount
    }

    /// How the coldkey file is protected (`$NACL`, legacy or plaintext).
    public func coldkeyEncryption() throws(WalletError) -> KeyfileEncryption {
        guard KeyfileStorage.exists(coldkeyPath) else {
            throw .keyfileNotFound(path: coldkeyPath, key: "coldkey")
        }
        do {
            return KeyfileEncryption(detecting: try KeyfileStorage.read(coldkeyPath))
        } catch {
            throw .file(error)
        }
    }

    /// Whether `coldkey` exists.
    public var hasColdkey: Bool { KeyfileStorage.exists(coldkeyPath) }
    /// Whether `coldkeypub.txt` exists.
    public var hasColdkeypub: Bool { KeyfileStorage.exists(coldkeypubPath) }
    /// Whether the selected hotkey exists.
    public var hasHotkey: Bool { KeyfileStorage.exists(hotkeyPath) }

    /// The key pair of a loaded keyfile, or an error naming the file if it holds only a public key.
    private func secretKey(_ key: KeyfileKey, at path: String) throws(WalletError) -> KeyPair {
        do {
            return try key.keyPair()
        } catch {
            throw .keyfile(path: path, error)
        }
    }
}
