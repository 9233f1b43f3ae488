import ArgumentParser
import ChainAPI
import ChainClient

/// `yuma subnets metagraph`: every neuron of a subnet.
struct MetagraphCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metagraph", abstract: "Show a subnet's metagraph: every neuron with stake and scores.")

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, block, n, neurons: [{uid, hotkey, coldkey, stake, rank, trust, consensus, incentive,
    /// dividends, emission, validator_trust, validator_permit, last_update, active, axon}]}`.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var block: UInt64
        var n: Int
        var neurons: [Neuron]
    }

    /// One neuron; proportions as u16 integers, amounts in rao.
    struct Neuron: Encodable {
        var uid: Int
        var hotkey: String
        var coldkey: String
        var stake: UInt64
        var rank: UInt64
        var trust: UInt64
        var consensus: UInt64
        var incentive: UInt64
        var dividends: UInt64
        var emission: UInt64
        var validatorTrust: UInt64
        var validatorPermit: Bool
        var lastUpdate: UInt64
        var active: Bool
        var axon: String?
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let id = netuid.netuid
        let graph = try await query("the metagraph of subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            try await client.metagraph(id)
        }
        let neurons = (0..<graph.n).map { uid in
            Neuron(
                uid: uid, hotkey: graph.hotkeys[uid], coldkey: graph.coldkeys[uid], stake: graph.stake[uid],
                rank: graph.ranks[uid], trust: graph.trust[uid], consensus: graph.consensus[uid],
                incentive: graph.incentive[uid], dividends: graph.dividends[uid],
                emission: graph.emission[uid],
                validatorTrust: graph.validatorTrust[uid], validatorPermit: graph.validatorPermit[uid],
                lastUpdate: graph.lastUpdate[uid], active: graph.active[uid],
                axon: graph.axons[uid].map { "\($0.ip):\($0.port)" })
        }
        let report = Report(
            network: endpoint.name, netuid: id, block: graph.block, n: graph.n, neurons: neurons)
        context.printer.emit(report, quiet: "\(graph.n)") { Self.table(report).render() }
    }

    /// The metagraph table with totals.
    static func table(_ report: Report) -> Table {
        var table = Table(
            title:
                "Metagraph of subnet \(report.netuid) · network \(report.network) · block #\(report.block)",
            columns: [
                .init(header: "UID", kind: .number), .init(header: "Stake (τ)", kind: .number),
                .init(header: "Rank", kind: .number, optional: true),
                .init(header: "Trust", kind: .number, optional: true),
                .init(header: "Consensus", kind: .number, optional: true),
                .init(header: "Incentive", kind: .number),
                .init(header: "Dividends", kind: .number), .init(header: "Emission (ρ)", kind: .number),
                .init(header: "VTrust", kind: .number, optional: true), .init(header: "VPermit"),
                .init(header: "Updated", kind: .number, optional: true),
                .init(header: "Active", optional: true),
                .init(header: "Hotkey", kind: .address),
                .init(header: "Coldkey", kind: .address, optional: true),
            ])
        table.rows = report.neurons.map {
            [
                "\($0.uid)", Amounts.compact($0.stake), Amounts.proportion($0.rank),
                Amounts.proportion($0.trust),
                Amounts.proportion($0.consensus), Amounts.proportion($0.incentive),
                Amounts.proportion($0.dividends),
                Amounts.grouped($0.emission), Amounts.proportion($0.validatorTrust),
                $0.validatorPermit ? "yes" : "no",
                "\(report.block >= $0.lastUpdate ? report.block - $0.lastUpdate : 0)",
                $0.active ? "yes" : "no", $0.hotkey,
                $0.coldkey,
            ]
        }
        let stake = report.neurons.reduce(UInt64(0)) { $0.addingReportingOverflow($1.stake).partialValue }
        let emission = report.neurons.reduce(UInt64(0)) {
            $0.addingReportingOverflow($1.emission).partialValue
        }
        table.footer = [
            "\(report.n)", Amounts.compact(stake), "", "", "", "", "", Amounts.grouped(emission), "", "", "",
            "", "", "",
        ]
        return table
    }
}
