import ArgumentParser

/// Which wallet to use: btcli's dash, underscore and dotted spellings all work.
struct WalletOptions: ParsableArguments {
    @Option(
        name: [.customLong("wallet-name"), .customLong("wallet_name"), .customLong("wallet.name")],
        help: "Wallet name (default: config, BT_WALLET_NAME, or 'default').")
    var walletName: String?

    @Option(
        name: [.customLong("wallet-path"), .customLong("wallet_path"), .customLong("wallet.path")],
        help: "Folder of wallets (default: config, BT_WALLET_PATH, or ~/.bittensor/wallets).")
    var walletPath: String?

    @Option(
        name: [
            .customLong("hotkey"), .customLong("wallet-hotkey"), .customLong("wallet_hotkey"),
            .customLong("wallet.hotkey"),
        ],
        help: "Hotkey name (default: config, BT_WALLET_HOTKEY, or 'default').")
    var hotkey: String?
}

/// Which node to talk to.
struct NetworkOptions: ParsableArguments {
    @Option(
        name: [
            .customLong("network"), .customLong("subtensor.network"), .customLong("subtensor.chain_endpoint"),
        ],
        help: "local (127.0.0.1:9944) or a ws:// or http:// URL (default: config, BT_NETWORK, or local).")
    var network: String?
}

/// How to print and whether to ask.
struct OutputOptions: ParsableArguments {
    @Flag(
        name: [.customLong("no-prompt"), .customLong("no_prompt"), .customShort("y")],
        help: "Never ask: no confirmation, passwords only from BT_PW_ variables.")
    var noPrompt = false

    @Flag(name: .long, help: "Print only what scripts need.")
    var quiet = false

    @Flag(name: .long, help: "Explain failures in detail.")
    var verbose = false

    @Flag(
        name: [.customLong("json-output"), .customLong("json_output"), .customLong("json-out")],
        help: "Print one JSON object (amounts in rao); implies --no-prompt.")
    var jsonOutput = false

    /// Whether prompts are forbidden.
    var neverPrompt: Bool { noPrompt || jsonOutput }
}

/// The subnet a command works on.
struct NetuidOption: ParsableArguments {
    @Option(name: [.customLong("netuid"), .customLong("subtensor.netuid")], help: "Subnet id.")
    var netuid: UInt16
}
