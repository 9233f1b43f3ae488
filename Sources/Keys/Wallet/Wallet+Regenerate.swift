extension Wallet {
    /// Rewrites the coldkey from a mnemonic, seed or URI: `$NACL`-encrypted with a password from
    /// `passwords` unless `encrypt` is false, plus `coldkeypub.txt`.
    @discardableResult
    public func regenerateColdkey(
        from source: KeySource, passwords: some PasswordSource, encrypt: Bool = true,
        scheme: SignatureScheme = .sr25519, overwrite: Bool = false
    ) throws(WalletError) -> CreatedKey {
        try ensureWritable([coldkeyPath, coldkeypubPath], overwrite: overwrite)
        let (pair, mnemonic) = try source.keyPair(scheme: scheme)
        let password =
            encrypt ? try encryptionPassword(for: coldkeyPath, key: "coldkey", passwords: passwords) : nil
        try writeKeyfile(
            KeyfileData(keyPair: pair, mnemonic: mnemonic), at: coldkeyPath, password: password,
            overwrite: overwrite)
        let account = PublicAccount(pair)
        try writeKeyfile(
            KeyfileData(publicAccount: account), at: coldkeypubPath, password: nil,
            overwrite: overwrite)
        return CreatedKey(account: account, mnemonic: mnemonic)
    }

    /// Rewrites the selected hotkey from a mnemonic, seed or URI (plaintext unless `encrypt`), plus its
    /// `<hotkey>pub.txt`.
    @discardableResult
    public func regenerateHotkey(
        from source: KeySource, passwords: (any PasswordSource)? = nil, encrypt: Bool = false,
        scheme: SignatureScheme = .sr25519, overwrite: Bool = false
    ) throws(WalletError) -> CreatedKey {
        try ensureWritable([hotkeyPath, hotkeypubPath], overwrite: overwrite)
        let (pair, mnemonic) = try source.keyPair(scheme: scheme)
        var password: String?
        if encrypt {
            password = try encryptionPassword(
                for: hotkeyPath, key: hotkeyKeyName, passwords: passwords ?? NoPasswordSource())
        }
        try writeKeyfile(
            KeyfileData(keyPair: pair, mnemonic: mnemonic), at: hotkeyPath, password: password,
            overwrite: overwrite)
        let account = PublicAccount(pair)
        try writeKeyfile(
            KeyfileData(publicAccount: account), at: hotkeypubPath, password: nil,
            overwrite: overwrite)
        return CreatedKey(account: account, mnemonic: mnemonic)
    }

    /// Rewrites `coldkeypub.txt` from a public account (an SS58 address or public key), as
    /// `regen-coldkeypub` does; the coldkey itself is untouched.
    public func regenerateColdkeypub(_ account: PublicAccount, overwrite: Bool = false) throws(WalletError) {
        try ensureWritable([coldkeypubPath], overwrite: overwrite)
        try writeKeyfile(
            KeyfileData(publicAccount: account), at: coldkeypubPath, password: nil,
            overwrite: overwrite)
    }

    /// Rewrites the selected hotkey's `<hotkey>pub.txt` from a public account.
    public func regenerateHotkeypub(_ account: PublicAccount, overwrite: Bool = false) throws(WalletError) {
        try ensureWritable([hotkeypubPath], overwrite: overwrite)
        try writeKeyfile(
            KeyfileData(publicAccount: account), at: hotkeypubPath, password: nil,
            overwrite: overwrite)
    }

    /// How the selected hotkey is named in prompts and errors.
    var hotkeyKeyName: String { "hotkey '\(hotkey)'" }
}
