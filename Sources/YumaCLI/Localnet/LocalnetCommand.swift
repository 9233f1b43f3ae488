import ArgumentParser
import Localnet

/// `yuma localnet`: a whole network on this machine in one command.
struct LocalnetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "localnet",
        abstract: "Run a whole network on this machine: node, explorer, a subnet with a validator and miners.",
        discussion: """
            `start` launches a supervisor in the background that runs the node (250 ms blocks), the explorer,
            and — scaffolded on a fresh chain — a subnet with a validator and three miners of rising quality,
            funded from //Alice-derived dev keys. It restarts a process that dies and records everything in
            the localnet directory (~/.yuma/localnet, or --dir, or $YUMA_LOCALNET_DIR).
            """,
        subcommands: [
            LocalnetStartCommand.self, LocalnetStatusCommand.self, LocalnetStopCommand.self,
            LocalnetResetCommand.self, LocalnetLogsCommand.self, LocalnetScaffoldCommand.self,
            LocalnetSuperviseCommand.self,
        ]
    )
}

/// `--dir`, shared by the localnet commands.
struct LocalnetDirectoryOption: ParsableArguments {
    @Option(name: .long, help: "The localnet directory (default ~/.yuma/localnet or $YUMA_LOCALNET_DIR).")
    var dir: String?

    /// The layout of the chosen directory.
    var layout: LocalnetLayout { LocalnetLayout(root: dir ?? LocalnetLayout.defaultRoot()) }
}

/// The ports, block time and neurons of a localnet.
struct LocalnetNetworkOptions: ParsableArguments {
    @Option(name: .customLong("rpc-port"), help: "The node's JSON-RPC port.")
    var rpcPort = 9944

    @Option(name: .customLong("explorer-port"), help: "The explorer's HTTP port.")
    var explorerPort = 8080

    @Option(name: .customLong("block-time"), help: "Time between blocks: 250ms, 1s, 12s, …")
    var blockTime = "250ms"

    @Option(name: .customLong("axon-base-port"), help: "The first miner's axon port; the others follow.")
    var axonBasePort = 8101

    @Option(name: .long, help: "The miners' models, comma-separated, weakest first.")
    var models = "uniform,ngram,smollm2"

    @Flag(name: .customLong("no-neurons"), help: "Only the node and the explorer: no subnet, validator or miners.")
    var noNeurons = false

    func validate() throws {
        for (name, port) in [("--rpc-port", rpcPort), ("--explorer-port", explorerPort), ("--axon-base-port", axonBasePort)]
        where !(1...65_535).contains(port) {
            throw ValidationError("\(name) must be in 1...65535, got \(port)")
        }
        guard blockTime.hasSuffix("ms") || blockTime.hasSuffix("s") else {
            throw ValidationError("--block-time must be like 250ms or 1s, got \(blockTime)")
        }
        let known: Set<String> = ["uniform", "ngram", "smollm2"]
        for model in models.split(separator: ",").map(String.init) where !known.contains(model) {
            throw ValidationError("unknown model \(model) in --models; choose from uniform, ngram, smollm2")
        }
    }

    /// The configuration for `layout`.
    func configuration(_ layout: LocalnetLayout) -> LocalnetConfiguration {
        var configuration = LocalnetConfiguration(layout: layout, executable: DetachedLauncher.currentExecutable())
        configuration.rpcPort = rpcPort
        configuration.explorerPort = explorerPort
        configuration.blockTime = blockTime
        configuration.axonBasePort = axonBasePort
        configuration.minerModels = models.split(separator: ",").map(String.init)
        configuration.neurons = !noNeurons
        return configuration
    }
}
