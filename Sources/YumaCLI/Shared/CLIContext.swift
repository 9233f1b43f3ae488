import ChainClient
import Foundation
import Keys

/// The shared options resolved against `config.yml` and `BT_*` variables: which wallet, which node,
/// how to print.
struct CLIContext {
    /// File and environment defaults.
    let config: CLIConfig
    /// Wallet flags.
    let walletOptions: WalletOptions
    /// Network flags.
    let networkOptions: NetworkOptions
    /// Output flags.
    let output: OutputOptions

    /// A context from the flags of one command.
    init(
        wallet: WalletOptions = WalletOptions(), network: NetworkOptions = NetworkOptions(),
        output: OutputOptions, config: CLIConfig = .load()
    ) {
        self.config = config
        walletOptions = wallet
        networkOptions = network
        self.output = output
    }

    /// The wallet name: flag, then `BT_WALLET_NAME`, then config, then `default`.
    var walletName: String { walletOptions.walletName ?? config.walletName ?? Wallet.defaultName }
    /// The hotkey name.
    var hotkeyName: String { walletOptions.hotkey ?? config.walletHotkey ?? Wallet.defaultHotkey }
    /// The wallet folder as given (`~` not yet expanded).
    var walletRoot: String {
        walletOptions.walletPath ?? config.walletPath ?? "~/" + Wallet.defaultRootBelowHome
    }

    /// The selected wallet (nothing read yet).
    func wallet() throws(CLIError) -> Wallet {
        do {
            return try Wallet(name: walletName, hotkey: hotkeyName, root: walletRoot)
        } catch {
            throw CLIError(error.description)
        }
    }

    /// The node endpoint: flag, then `BT_NETWORK`, then config, then `local`.
    func endpoint() throws(CLIError) -> NetworkEndpoint {
        try NetworkEndpoint(parsing: networkOptions.network ?? config.network ?? "local")
    }

    /// A client of the node.
    func client() throws(CLIError) -> HTTPChainClient {
        HTTPChainClient(httpURL: try endpoint().httpURL)
    }

    /// How the command prints.
    var printer: CommandOutput { CommandOutput(options: output) }
}
