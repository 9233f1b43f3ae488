import ArgumentParser
import Keys

/// `yuma wallet create`: a new coldkey and hotkey.
struct WalletCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a wallet: an encrypted coldkey and a hotkey, each from a new mnemonic.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var keys: KeyCreationOptions
    @OptionGroup var crypto: CryptoTypeOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let words = try keys.words()
        let scheme = try crypto.scheme()
        let created: (coldkey: CreatedKey, hotkey: CreatedKey)
        do {
            if keys.usePassword {
                created = try target.create(
                    passwords: Passwords.source(output), wordCount: words, scheme: scheme, overwrite: keys.overwrite)
            } else {
                created = (
                    try target.createColdkey(
                        passwords: NoPasswordSource(), encrypt: false, wordCount: words, scheme: scheme,
                        overwrite: keys.overwrite),
                    try target.createHotkey(wordCount: words, scheme: scheme, overwrite: keys.overwrite)
                )
            }
        } catch {
            throw WalletKeyErrors.explain(error, wallet: target)
        }
        context.printer.emit(
            CreatedKeysReport(
                wallet: target.name, path: target.directory,
                coldkey: KeyReport(name: "coldkey", created.coldkey.account),
                hotkey: KeyReport(name: target.hotkey, created.hotkey.account),
                coldkeyEncrypted: keys.usePassword),
            quiet: created.coldkey.account.ss58Address
        ) {
            CreatedKeysText.render(
                "Created a coldkey and hotkey '\(target.hotkey)'", wallet: target,
                coldkey: created.coldkey.account, hotkey: created.hotkey.account,
                mnemonics: [("coldkey", created.coldkey.mnemonic), ("hotkey", created.hotkey.mnemonic)],
                encrypted: keys.usePassword)
        }
    }
}

/// Errors of key-writing commands with the flag that fixes them.
enum WalletKeyErrors {
    /// `error` as one line; an existing key names `--overwrite`.
    static func explain(_ error: WalletError, wallet: Wallet) -> CLIError {
        if case .keyfileExists(let path) = error {
            return CLIError(
                "a key already exists at \(path); pass --overwrite to replace it (back up its mnemonic first)"
            )
        }
        return CLIError(error.description)
    }
}
