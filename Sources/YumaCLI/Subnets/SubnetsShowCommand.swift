import ArgumentParser
import ChainAPI
import ChainClient

/// `yuma subnets show`: one subnet's summary.
struct SubnetsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one subnet's summary.")

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, subnet: SubnetView}`.
    struct Report: Encodable {
        var network: String
        var subnet: SubnetView
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let subnet = try await query("subnet \(id)", options: output) { () async throws(RPCClientError) in
            try await client.subnet(id)
        }
        context.printer.emit(Report(network: endpoint.name, subnet: subnet), quiet: "\(subnet.netuid)") {
            var table = Table(
                title: "Subnet \(id) · network \(endpoint.name)",
                columns: [.init(header: "Field"), .init(header: "Value", kind: .address)])
            table.rows = [
                ["owner", subnet.owner],
                ["neurons", "\(subnet.neurons) / \(subnet.maxAllowedUids)"],
                ["tempo (blocks)", "\(subnet.tempo)"],
                ["burn (τ)", Amounts.exact(subnet.burn)],
                ["difficulty", Amounts.grouped(subnet.difficulty)],
                ["emission (τ/block)", Amounts.exact(subnet.emissionPerBlock)],
                ["stake (τ)", Amounts.exact(subnet.totalStake)],
                ["validator sequence length", "\(subnet.validatorSequenceLength)"],
                ["registrations this interval", "\(subnet.registrationsThisInterval)"],
                ["created at block", "\(subnet.createdAt)"],
            ]
            return table.render()
        }
    }
}
