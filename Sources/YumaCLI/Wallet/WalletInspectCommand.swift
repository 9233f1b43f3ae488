import ArgumentParser
import Keys

/// `yuma wallet inspect`: one wallet's keys, files and encryption, without touching the chain.
struct WalletInspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show a wallet's coldkey, hotkeys and how its coldkey is protected."
    )

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var output: OutputOptions

    /// `{wallet, path, coldkey, coldkey_encryption, hotkeys}`; the encryption is `nacl`, `none`,
    /// `ansibleVault`, `fernet`, or `missing` when only `coldkeypub.txt` exists.
    struct Report: Encodable {
        var wallet: String
        var path: String
        var coldkey: KeyReport
        var coldkeyEncryption: String
        var hotkeys: [KeyReport]
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let coldkey = try target.coldkeyAccount()
        let encryption =
            target.hasColdkey ? ((try? target.coldkeyEncryption())?.rawValue ?? "unreadable") : "missing"
        let entry = WalletDirectory.entry(target)
        let report = Report(
            wallet: target.name, path: target.directory, coldkey: KeyReport(name: "coldkey", coldkey),
            coldkeyEncryption: encryption, hotkeys: entry.hotkeys)
        context.printer.emit(report, quiet: coldkey.ss58Address) {
            var table = Table(
                title: "Wallet \(target.name) at \(target.directory) · coldkey encryption: \(encryption)",
                columns: [
                    .init(header: "Key"), .init(header: "Type"), .init(header: "Address", kind: .address),
                ])
            table.rows.append(["coldkey", coldkey.scheme.rawValue, coldkey.ss58Address])
            for hotkey in entry.hotkeys {
                table.rows.append(["hotkey \(hotkey.name)", hotkey.keyType, hotkey.ss58Address])
            }
            table.footer = [Table.count(entry.hotkeys.count, "hotkey"), "", ""]
            return table.render()
        }
    }
}
