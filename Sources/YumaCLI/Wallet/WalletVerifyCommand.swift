import ArgumentParser
import Keys

/// `yuma wallet verify`: check a signature against an address; exit status 1 when it does not match.
struct WalletVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Check that a signature of a message was made by an address.")

    @Option(help: "The signed message.")
    var message: String

    @Option(help: "The signature, 128 hex digits (0x optional).")
    var signature: String

    @Option(
        name: [.customLong("address"), .customLong("ss58"), .customLong("public-key")],
        help: "The signer: SS58 address or 0x public key.")
    var address: String

    @OptionGroup var output: OutputOptions

    /// `{signer, message, valid}`.
    struct Report: Encodable {
        var signer: String
        var message: String
        var valid: Bool
    }

    func run() async throws {
        let valid: Bool
        do {
            valid = try MessageSigning.verify(message, signature: signature, signer: address)
        } catch {
            throw CLIError(error.description)
        }
        CommandOutput(options: output).emit(
            Report(signer: address, message: message, valid: valid), quiet: valid ? "valid" : "invalid"
        ) {
            valid
                ? "Valid: \(address) signed this message"
                : "Invalid: this is not \(address)'s signature of this message"
        }
        if !valid { throw ExitCode.failure }
    }
}
