import ArgumentParser
import ChainClient

/// `yuma sudo get`: one hyperparameter's value.
struct SudoGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Show one hyperparameter of a subnet.")

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var parameter: ParameterOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, param, value}`; the value as the chain holds it (amounts in rao) in text.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var param: String
        var value: String
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let name = HyperparameterValues.normalize(parameter.param)
        let parameters = try await query("the hyperparameters of subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            try await client.hyperparameters(id)
        }
        let values = HyperparameterValues.values(parameters)
        guard let found = values.first(where: { $0.name == name }) else {
            throw CLIError(
                "unknown hyperparameter '\(parameter.param)'; known: \(values.map(\.name).joined(separator: ", "))"
            )
        }
        context.printer.emit(
            Report(network: endpoint.name, netuid: id, param: name, value: found.value), quiet: found.value
        ) {
            "\(name) = \(found.value) on subnet \(id) (network \(endpoint.name))"
        }
    }
}
