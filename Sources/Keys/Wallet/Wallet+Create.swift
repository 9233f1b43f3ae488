extension Wallet {
    /// Generates a coldkey from a new mnemonic, writes it `$NACL`-encrypted with a password from
    /// `passwords` (or plaintext if `encrypt` is false) and writes `coldkeypub.txt`; returns the mnemonic
    /// for the user to back up. Refuses to replace an existing coldkey unless `overwrite`.
    @discardableResult
    public func createColdkey(
        passwords: some PasswordSource, encrypt: Bool = true, wordCount: Mnemonic.WordCount = .twelve,
        scheme: SignatureScheme = .sr25519, overwrite: Bool = false
    ) throws(WalletError) -> CreatedKey {
        try ensureWritable([coldkeyPath, coldkeypubPath], overwrite: overwrite)
        let mnemonic = Mnemonic.generate(wordCount: wordCount)
        return try regenerateColdkey(
            from: .mnemonic(mnemonic), passwords: passwords, encrypt: encrypt, scheme: scheme,
            overwrite: overwrite)
    }

    /// Generates a hotkey from a new mnemonic and writes it, unencrypted as Bittensor does by default
    /// (`encrypt` asks `passwords`), with its `<hotkey>pub.txt`; returns the mnemonic.
    @discardableResult
    public func createHotkey(
        passwords: (any PasswordSource)? = nil, encrypt: Bool = false,
        wordCount: Mnemonic.WordCount = .twelve,
        scheme: SignatureScheme = .sr25519, overwrite: Bool = false
    ) throws(WalletError) -> CreatedKey {
        try ensureWritable([hotkeyPath, hotkeypubPath], overwrite: overwrite)
        let mnemonic = Mnemonic.generate(wordCount: wordCount)
        return try regenerateHotkey(
            from: .mnemonic(mnemonic), passwords: passwords, encrypt: encrypt, scheme: scheme,
            overwrite: overwrite)
    }

    /// Creates a whole wallet: an encrypted coldkey (password from `passwords`) and a plaintext hotkey,
    /// checking first that neither exists unless `overwrite`. Returns both new keys with their mnemonics.
    public func create(
        passwords: some PasswordSource, wordCount: Mnemonic.WordCount = .twelve,
        scheme: SignatureScheme = .sr25519, overwrite: Bool = false
    ) throws(WalletError) -> (coldkey: CreatedKey, hotkey: CreatedKey) {
        try ensureWritable([coldkeyPath, coldkeypubPath, hotkeyPath, hotkeypubPath], overwrite: overwrite)
        let coldkey = try createColdkey(
            passwords: passwords, wordCount: wordCount, scheme: scheme, overwrite: overwrite)
        let hotkey = try createHotkey(wordCount: wordCount, scheme: scheme, overwrite: overwrite)
        return (coldkey, hotkey)
    }
}
