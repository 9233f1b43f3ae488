/// One process of the local network: its name and the `yuma` arguments that start it.
public struct ChildSpec: Sendable, Equatable {
    /// Its name (also its log file's).
    public var name: String
    /// The `yuma` arguments.
    public var arguments: [String]

    /// A child.
    public init(name: String, arguments: [String]) {
        self.name = name
        self.arguments = arguments
    }
}

extension LocalnetConfiguration {
    /// The node.
    public var nodeSpec: ChildSpec {
        ChildSpec(
            name: "node",
            arguments: [
                "node", "run", "--chain", "finney", "--base-path", layout.chainPath, "--rpc-port", "\(rpcPort)",
                "--block-time", blockTime,
            ])
    }

    /// The explorer, following the node.
    public var explorerSpec: ChildSpec {
        ChildSpec(
            name: "explorer",
            arguments: [
                "explorer", "--network", webSocketURL, "--database", layout.explorerDatabase, "--port",
                "\(explorerPort)",
            ])
    }

    /// The neurons of a scaffolded subnet: the validator and one miner per model.
    public func neuronSpecs(netuid: UInt16) -> [ChildSpec] {
        scaffoldPlan.neurons.map { neuron in
            var arguments = [
                neuron.role.rawValue, "--network", webSocketURL, "--netuid", "\(netuid)", "--wallet.path",
                layout.walletsPath, "--wallet.name", neuron.name, "--wallet.hotkey", "default",
            ]
            if let model = neuron.model { arguments += ["--model", model, "--models-dir", layout.modelsPath] }
            if let port = neuron.axonPort { arguments += ["--axon.port", "\(port)"] }
            return ChildSpec(name: neuron.name, arguments: arguments)
        }
    }
}
