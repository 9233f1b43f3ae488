/// How a local network is started: ports, block time, which neurons run.
public struct LocalnetConfiguration: Sendable, Equatable {
    /// Where its files live.
    public var layout: LocalnetLayout
    /// The node's JSON-RPC port.
    public var rpcPort: Int = 9944
    /// The explorer's HTTP port.
    public var explorerPort: Int = 8080
    /// Time between blocks (`250ms`, `1s`, …).
    public var blockTime: String = "250ms"
    /// Whether to scaffold a subnet and run a validator and miners.
    public var neurons: Bool = true
    /// The miners' models, weakest first.
    public var minerModels: [String] = ["uniform", "ngram", "smollm2"]
    /// The first miner's axon port; the others follow.
    public var axonBasePort: Int = 8101
    /// The `yuma` executable the supervisor runs.
    public var executable: String

    /// A configuration with defaults.
    public init(layout: LocalnetLayout, executable: String) {
        self.layout = layout
        self.executable = executable
    }

    /// The node's HTTP URL.
    public var rpcURL: String { "http://127.0.0.1:\(rpcPort)" }
    /// The node's WebSocket URL.
    public var webSocketURL: String { "ws://127.0.0.1:\(rpcPort)" }
    /// The explorer's URL.
    public var explorerURL: String { "http://127.0.0.1:\(explorerPort)" }

    /// The ports `start` needs free.
    public var ports: [(name: String, port: Int)] {
        var ports = [("node RPC", rpcPort), ("explorer", explorerPort)]
        if neurons {
            for index in minerModels.indices { ports.append(("miner axon", axonBasePort + index)) }
        }
        return ports
    }

    /// The scaffold for this configuration.
    public var scaffoldPlan: ScaffoldPlan { .standard(models: minerModels, axonBasePort: axonBasePort) }

    /// The arguments `supervise` is started with, so it rebuilds the same configuration.
    public var superviseArguments: [String] {
        [
            "localnet", "supervise", "--dir", layout.root, "--rpc-port", "\(rpcPort)", "--explorer-port",
            "\(explorerPort)", "--block-time", blockTime, "--axon-base-port", "\(axonBasePort)",
            "--models", minerModels.joined(separator: ","),
        ] + (neurons ? [] : ["--no-neurons"])
    }
}
