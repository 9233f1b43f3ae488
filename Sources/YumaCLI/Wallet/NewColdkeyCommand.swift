import ArgumentParser
import Keys

/// `yuma wallet new-coldkey`: a new coldkey only.
struct NewColdkeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-coldkey", abstract: "Create a new coldkey from a new mnemonic.",
        aliases: ["new_coldkey"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var keys: KeyCreationOptions
    @OptionGroup var crypto: CryptoTypeOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let scheme = try crypto.scheme()
        let created: CreatedKey
        do {
            created = try target.createColdkey(
                passwords: Passwords.source(output), encrypt: keys.usePassword, wordCount: try keys.words(),
                scheme: scheme, overwrite: keys.overwrite)
        } catch let error as WalletError {
            throw WalletKeyErrors.explain(error, wallet: target)
        }
        context.printer.emit(
            CreatedKeysReport(
                wallet: target.name, path: target.directory,
                coldkey: KeyReport(name: "coldkey", created.account),
                coldkeyEncrypted: keys.usePassword),
            quiet: created.account.ss58Address
        ) {
            CreatedKeysText.render(
                "Created a coldkey", wallet: target, coldkey: created.account, hotkey: nil,
                mnemonics: [("coldkey", created.mnemonic)], encrypted: keys.usePassword)
        }
    }
}
