import ArgumentParser
import ChainAPI
import ChainClient

/// `yuma subnets list`: every subnet with its size, costs and stake.
struct SubnetsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every subnet.")

    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, block, subnets: [SubnetView fields in snake_case]}`; amounts in rao.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var subnets: [SubnetView]
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (head, subnets) = try await query("subnets", options: output) { () async throws(RPCClientError) in
            (try await client.head(), try await client.subnets())
        }
        context.printer.emit(
            Report(network: endpoint.name, block: head.number, subnets: subnets),
            quiet: subnets.map { "\($0.netuid)" }.joined(separator: "\n")
        ) {
            var table = Table(
                title: "Subnets · network \(endpoint.name) · block #\(head.number)",
                columns: [
                    .init(header: "Netuid", kind: .number), .init(header: "Neurons", kind: .number),
                    .init(header: "Max UIDs", kind: .number, optional: true),
                    .init(header: "Tempo", kind: .number, optional: true),
                    .init(header: "Burn (τ)", kind: .number),
                    .init(header: "Difficulty", kind: .number, optional: true),
                    .init(header: "Emission (τ/block)", kind: .number),
                    .init(header: "Stake (τ)", kind: .number),
                    .init(header: "Owner", kind: .address),
                ])
            table.rows = subnets.map {
                [
                    "\($0.netuid)", "\($0.neurons)", "\($0.maxAllowedUids)", "\($0.tempo)",
                    Amounts.compact($0.burn),
                    Amounts.grouped($0.difficulty), Amounts.compact($0.emissionPerBlock),
                    Amounts.compact($0.totalStake), $0.owner,
                ]
            }
            let neurons = subnets.reduce(0) { $0 + $1.neurons }
            let stake = subnets.reduce(UInt64(0)) { $0.addingReportingOverflow($1.totalStake).partialValue }
            let emission = subnets.reduce(UInt64(0)) {
                $0.addingReportingOverflow($1.emissionPerBlock).partialValue
            }
            table.emptyMessage = "No subnets yet; create one with `yuma subnets create`"
            table.footer = [
                "\(subnets.count)", "\(neurons)", "", "", "", "", Amounts.compact(emission),
                Amounts.compact(stake), "",
            ]
            return table.render()
        }
    }
}
