import ArgumentParser
import Keys

/// `yuma wallet new-hotkey`: a new hotkey in an existing wallet.
struct NewHotkeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-hotkey", abstract: "Create a new hotkey (unencrypted, as Bittensor does).",
        aliases: ["new_hotkey"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var keys: KeyCreationOptions
    @OptionGroup var crypto: CryptoTypeOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let created: CreatedKey
        do {
            created = try target.createHotkey(
                wordCount: try keys.words(), scheme: try crypto.scheme(), overwrite: keys.overwrite)
        } catch let error as WalletError {
            throw WalletKeyErrors.explain(error, wallet: target)
        }
        context.printer.emit(
            CreatedKeysReport(
                wallet: target.name, path: target.directory,
                hotkey: KeyReport(name: target.hotkey, created.account)),
            quiet: created.account.ss58Address
        ) {
            CreatedKeysText.render(
                "Created hotkey '\(target.hotkey)'", wallet: target, coldkey: nil, hotkey: created.account,
                mnemonics: [("hotkey", created.mnemonic)])
        }
    }
}
