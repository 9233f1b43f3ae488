import ArgumentParser
import Keys

/// `yuma wallet sign`: sign a message with the coldkey (or the hotkey).
struct WalletSignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign", abstract: "Sign a message with the coldkey, or the hotkey with --use-hotkey.")

    @OptionGroup var wallet: WalletOptions

    @Option(help: "The message; its UTF-8 bytes are signed.")
    var message: String

    @Flag(
        name: [.customLong("use-hotkey"), .customLong("use_hotkey")],
        help: "Sign with the hotkey instead of the coldkey.")
    var useHotkey = false

    @OptionGroup var output: OutputOptions

    /// `{signer, key, message, signature}`; the signature is 128 hex digits without `0x`.
    struct Report: Encodable {
        var signer: String
        var key: String
        var message: String
        var signature: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, output: output)
        let target = try context.wallet()
        let pair = useHotkey ? try target.hotkeyPair(output) : try target.coldkeyPair(output)
        let signature = MessageSigning.sign(message, with: pair)
        let key = useHotkey ? "hotkey \(target.hotkey)" : "coldkey"
        context.printer.emit(
            Report(signer: pair.ss58Address, key: key, message: message, signature: signature),
            quiet: signature
        ) {
            "Signed by the \(key) \(pair.ss58Address)\nsignature  \(signature)"
        }
    }
}
