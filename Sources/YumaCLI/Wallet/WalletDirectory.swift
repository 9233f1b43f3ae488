import Keys

/// Every wallet under a root with its readable public keys, for `list`, `inspect` and `balance --all`.
struct WalletDirectory {
    /// One wallet's public side.
    struct Entry: Encodable {
        /// The wallet name.
        var name: String
        /// The coldkey from `coldkeypub.txt`, if readable.
        var coldkey: KeyReport?
        /// The hotkeys, by name.
        var hotkeys: [KeyReport]
    }

    /// The wallets under `root`, sorted by name.
    static func entries(root: String) throws(CLIError) -> [Entry] {
        let names: [String]
        do {
            names = try Wallet.walletNames(root: root)
        } catch {
            throw CLIError(error.description)
        }
        return names.compactMap { name in
            guard let wallet = try? Wallet(name: name, root: root) else { return nil }
            return entry(wallet)
        }
    }

    /// The public side of `wallet`: unreadable keys are left out.
    static func entry(_ wallet: Wallet) -> Entry {
        let coldkey = (try? wallet.loadColdkeypub()).map { KeyReport(name: "coldkey", $0) }
        let hotkeys = ((try? wallet.hotkeyNames()) ?? []).compactMap { name -> KeyReport? in
            guard let selected = try? wallet.selectingHotkey(name),
                let account = try? selected.loadHotkeypub()
            else {
                return nil
            }
            return KeyReport(name: name, account)
        }
        return Entry(name: wallet.name, coldkey: coldkey, hotkeys: hotkeys)
    }
}
