import Hashing
import Keys

/// A key as `--json-output` shows it: `{name, ss58_address, public_key, key_type}`.
struct KeyReport: Encodable {
    /// The hotkey name, or `coldkey`.
    var name: String
    /// SS58 address (prefix 42).
    var ss58Address: String
    /// `0x` + 32-byte public key hex.
    var publicKey: String
    /// `sr25519` or `ed25519`.
    var keyType: String

    /// The report of `account` named `name`.
    init(name: String, _ account: PublicAccount) {
        self.name = name
        ss58Address = account.ss58Address
        publicKey = Hex.encode(account.publicKey, prefixed: true)
        keyType = account.scheme.rawValue
    }
}

/// What the key-writing commands print in JSON: `{wallet, path, coldkey?, hotkey?, coldkey_encrypted}`.
struct CreatedKeysReport: Encodable {
    /// The wallet name.
    var wallet: String
    /// The wallet folder.
    var path: String
    /// The coldkey written, if any.
    var coldkey: KeyReport?
    /// The hotkey written, if any.
    var hotkey: KeyReport?
    /// Whether the coldkey file is encrypted (`null` when no coldkey was written).
    var coldkeyEncrypted: Bool?
}

/// The text the key-writing commands print: addresses, then each new mnemonic once for backup.
enum CreatedKeysText {
    /// Lines for the keys written to `wallet`; `mnemonics` are shown once, for new keys only.
    static func render(
        _ verb: String, wallet: Wallet, coldkey: PublicAccount?, hotkey: PublicAccount?,
        mnemonics: [(key: String, mnemonic: Mnemonic?)] = [], encrypted: Bool? = nil
    ) -> String {
        var lines = ["\(verb) in wallet \(wallet.name) at \(wallet.directory)"]
        if let coldkey {
            var notes = encrypted == true ? ["encrypted"] : encrypted == false ? ["not encrypted"] : []
            if coldkey.scheme != .sr25519 { notes.insert(coldkey.scheme.rawValue, at: 0) }
            let note = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
            lines.append("  coldkey          \(coldkey.ss58Address)\(note)")
        }
        if let hotkey {
            let note = hotkey.scheme == .sr25519 ? "" : " (\(hotkey.scheme.rawValue))"
            lines.append("  hotkey \(wallet.hotkey.padding(9))  \(hotkey.ss58Address)\(note)")
        }
        let phrases = mnemonics.compactMap { key, mnemonic in
            mnemonic.map { (key, $0.words.joined(separator: " ")) }
        }
        if !phrases.isEmpty {
            lines.append("")
            lines.append("Write these mnemonics down and keep them offline; they are shown only once and")
            lines.append("anyone who has them controls the keys:")
            for (name, phrase) in phrases { lines.append("  \(name.padding(7)) \(phrase)") }
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
