import ArgumentParser
import Keys

/// `yuma wallet regen-coldkey`: restore a coldkey from a mnemonic, seed or URI.
struct RegenColdkeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen-coldkey", abstract: "Restore a coldkey from its mnemonic, seed or secret URI.",
        aliases: ["regen_coldkey"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var source: KeySourceOptions
    @OptionGroup var keys: KeyCreationOptions
    @OptionGroup var crypto: CryptoTypeOption
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let created: CreatedKey
        do {
            created = try target.regenerateColdkey(
                from: try source.source(), passwords: Passwords.source(output), encrypt: keys.usePassword,
                scheme: try crypto.scheme(), overwrite: keys.overwrite)
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
                "Restored the coldkey", wallet: target, coldkey: created.account, hotkey: nil,
                encrypted: keys.usePassword)
        }
    }
}

/// `yuma wallet regen-coldkeypub`: restore `coldkeypub.txt` from an address or public key.
struct RegenColdkeypubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen-coldkeypub",
        abstract: "Restore coldkeypub.txt from an SS58 address or public key.",
        aliases: ["regen_coldkeypub"])

    @OptionGroup var wallet: WalletOptions

    @Option(
        name: [.customLong("ss58-address"), .customLong("ss58_address"), .customLong("ss58")],
        help: "The coldkey's SS58 address.")
    var ss58Address: String?

    @Option(
        name: [.customLong("public-key-hex"), .customLong("public_key_hex"), .customLong("public-key")],
        help: "The coldkey's public key, 0x + 64 hex digits.")
    var publicKeyHex: String?

    @Flag(help: "Replace an existing coldkeypub.txt.")
    var overwrite = false

    @OptionGroup var crypto: CryptoTypeOption

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        guard let text = ss58Address ?? publicKeyHex, (ss58Address == nil) != (publicKeyHex == nil) else {
            throw CLIError("pass exactly one of --ss58-address or --public-key-hex")
        }
        let account: PublicAccount
        let scheme = try crypto.scheme()
        do {
            account = try PublicAccount(addressOrPublicKey: text, scheme: scheme)
        } catch {
            throw CLIError("'\(text)' is not an SS58 address or 0x + 64 hex digits; check it and retry")
        }
        do {
            try target.regenerateColdkeypub(account, overwrite: overwrite)
        } catch {
            throw WalletKeyErrors.explain(error, wallet: target)
        }
        context.printer.emit(
            CreatedKeysReport(
                wallet: target.name, path: target.directory, coldkey: KeyReport(name: "coldkey", account)),
            quiet: account.ss58Address
        ) {
            "Restored coldkeypub.txt in wallet \(target.name) at \(target.directory)\n  coldkey  \(account.ss58Address)"
        }
    }
}

/// `yuma wallet regen-hotkey`: restore a hotkey from a mnemonic, seed or URI.
struct RegenHotkeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regen-hotkey", abstract: "Restore a hotkey from its mnemonic, seed or secret URI.",
        aliases: ["regen_hotkey"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var source: KeySourceOptions
    @OptionGroup var crypto: CryptoTypeOption

    @Flag(help: "Replace an existing hotkey.")
    var overwrite = false

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let created: CreatedKey
        do {
            created = try target.regenerateHotkey(
                from: try source.source(), scheme: try crypto.scheme(), overwrite: overwrite)
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
                "Restored hotkey '\(target.hotkey)'", wallet: target, coldkey: nil, hotkey: created.account)
        }
    }
}
