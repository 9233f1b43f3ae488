import ArgumentParser
import ChainClient

/// `yuma delegates list`: every delegate with its take, nominators, own stake and total stake.
struct DelegatesListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the delegates: take, nominators, own stake and total stake.",
        aliases: ["list-delegates", "list_delegates"])

    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, block, delegates: [DelegateSummary], total_stake}`; amounts in rao, take as u16.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var delegates: [DelegateSummary]
        var totalStake: UInt64
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (head, views) = try await query("the delegates", options: output) {
            () async throws(RPCClientError) in
            (try await client.head(), try await client.delegates())
        }
        let delegates = DelegateSummary.ranked(views)
        let report = Report(
            network: endpoint.name, block: head.number, delegates: delegates,
            totalStake: delegates.raoSum(\.totalStake))
        context.printer.emit(report, quiet: delegates.map(\.hotkey).joined(separator: "\n")) {
            Self.table(report).render()
        }
    }

    /// The table of `report`: rank, hotkey, owner, take, nominators, own and total stake, with totals.
    static func table(_ report: Report) -> Table {
        var table = Table(
            title: "Delegates · network \(report.network) · block #\(report.block)",
            columns: [
                .init(header: "#", kind: .number), .init(header: "Hotkey", kind: .address),
                .init(header: "Owner", kind: .address, optional: true),
                .init(header: "Take (%)", kind: .number), .init(header: "Nominators", kind: .number),
                .init(header: "Own stake (τ)", kind: .number), .init(header: "Total stake (τ)", kind: .number),
            ])
        table.rows = report.delegates.map {
            [
                "\($0.rank)", $0.hotkey, $0.owner, DelegateTake.percent($0.take), "\($0.nominatorCount)",
                Amounts.compact($0.ownStake), Amounts.compact($0.totalStake),
            ]
        }
        table.footer = [
            "", Table.count(report.delegates.count, "delegate"), "", "",
            "\(report.delegates.reduce(0) { $0 + $1.nominatorCount })",
            Amounts.compact(report.delegates.raoSum(\.ownStake)), Amounts.compact(report.totalStake),
        ]
        table.emptyMessage = "No delegates yet; an owner opens a registered hotkey with `yuma delegates nominate`"
        return table
    }
}
