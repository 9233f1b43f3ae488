import ArgumentParser
import Keys

/// `yuma wallet list`: every wallet and hotkey under the wallet path.
struct WalletListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the wallets and hotkeys under the wallet path.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var output: OutputOptions

    /// `{wallet_path, wallets: [{name, coldkey, hotkeys}]}`.
    struct Report: Encodable {
        var walletPath: String
        var wallets: [WalletDirectory.Entry]
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let root = try context.wallet().root
        let entries = try WalletDirectory.entries(root: root)
        context.printer.emit(
            Report(walletPath: root, wallets: entries), quiet: entries.map(\.name).joined(separator: "\n")
        ) {
            guard !entries.isEmpty else {
                return "No wallets at \(root); create one with `yuma wallet create --wallet-name NAME`"
            }
            var table = Table(
                title: "Wallets at \(root)",
                columns: [
                    .init(header: "Wallet"), .init(header: "Key"), .init(header: "Address", kind: .address),
                ])
            for entry in entries {
                table.rows.append([
                    entry.name, "coldkey", entry.coldkey?.ss58Address ?? "(no coldkeypub.txt)",
                ])
                for hotkey in entry.hotkeys {
                    table.rows.append(["", "hotkey \(hotkey.name)", hotkey.ss58Address])
                }
            }
            let hotkeys = entries.reduce(0) { $0 + $1.hotkeys.count }
            table.footer = [Table.count(entries.count, "wallet"), Table.count(hotkeys, "hotkey"), ""]
            return table.render()
        }
    }
}
