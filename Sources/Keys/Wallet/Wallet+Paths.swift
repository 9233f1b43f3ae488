extension Wallet {
    /// `<root>/<name>`.
    public var directory: String { root + "/" + name }
    /// `<root>/<name>/coldkey`: the full coldkey, normally `$NACL`-encrypted.
    public var coldkeyPath: String { directory + "/coldkey" }
    /// `<root>/<name>/coldkeypub.txt`: the coldkey's public key, always plaintext.
    public var coldkeypubPath: String { directory + "/coldkeypub.txt" }
    /// `<root>/<name>/hotkeys`.
    public var hotkeysDirectory: String { directory + "/hotkeys" }
    /// `<root>/<name>/hotkeys/<hotkey>`: the full hotkey, normally plaintext.
    public var hotkeyPath: String { hotkeysDirectory + "/" + hotkey }
    /// `<root>/<name>/hotkeys/<hotkey>pub.txt`: the hotkey's public key (btwallet 3.x and later).
    public var hotkeypubPath: String { hotkeysDirectory + "/" + hotkey + "pub.txt" }
}
