import ArgumentParser
import ChainClient
import Runtime

/// `yuma subnets hyperparameters`: every hyperparameter of a subnet.
struct HyperparametersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hyperparameters", abstract: "Show every hyperparameter of a subnet.",
        aliases: ["hyperparams"])

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, hyperparameters: {snake_case name: value}}`; amounts in rao.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var hyperparameters: SubnetHyperparameters
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let parameters = try await query("the hyperparameters of subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            try await client.hyperparameters(id)
        }
        let values = HyperparameterValues.values(parameters)
        context.printer.emit(
            Report(network: endpoint.name, netuid: id, hyperparameters: parameters),
            quiet: values.map { "\($0.name)=\($0.value)" }.joined(separator: "\n")
        ) {
            var table = Table(
                title: "Hyperparameters of subnet \(id) · network \(endpoint.name)",
                columns: [.init(header: "Hyperparameter"), .init(header: "Value", kind: .number)])
            table.rows = values.map { [$0.name, $0.value] }
            return table.render()
        }
    }
}
