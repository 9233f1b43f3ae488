import ArgumentParser
import ChainAPI
import ChainClient
import Keys

/// `yuma wallet overview`: the wallet's neurons on every subnet, with stake and scores.
struct WalletOverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Show the wallet's balance and its hotkeys' neurons on every subnet.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: [.customLong("netuid"), .customLong("netuids")], help: "Only these subnets (repeatable).")
    var netuids: [UInt16] = []

    @OptionGroup var output: OutputOptions

    /// One neuron row; proportions as u16 integers, amounts in rao.
    struct Neuron: Encodable {
        var netuid: UInt16
        var uid: UInt16
        var hotkeyName: String?
        var hotkey: String
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
    }

    /// `{network, block, wallet, coldkey, free, staked, neurons: [Neuron]}`.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var wallet: String
        var coldkey: String
        var free: UInt64
        var staked: UInt64
        var neurons: [Neuron]
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let target = try context.wallet()
        let coldkey = try target.coldkeyAccount().ss58Address
        let names = Dictionary(
            WalletDirectory.entry(target).hotkeys.map { ($0.ss58Address, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let client = try context.client()
        let endpoint = try context.endpoint()
        let wanted = Set(netuids)
        let (account, graphs) = try await query("the wallet's neurons", options: output) {
            () async throws(RPCClientError) in
            let account = try await client.account(coldkey)
            var graphs: [MetagraphView] = []
            for subnet in try await client.subnets() where wanted.isEmpty || wanted.contains(subnet.netuid) {
                graphs.append(try await client.metagraph(subnet.netuid))
            }
            return (account, graphs)
        }
        var neurons: [Neuron] = []
        for graph in graphs {
            for uid in 0..<graph.n where graph.coldkeys[uid] == coldkey || names[graph.hotkeys[uid]] != nil {
                neurons.append(
                    Neuron(
                        netuid: graph.netuid, uid: UInt16(clamping: uid),
                        hotkeyName: names[graph.hotkeys[uid]],
                        hotkey: graph.hotkeys[uid], stake: graph.stake[uid], rank: graph.ranks[uid],
                        trust: graph.trust[uid],
                        consensus: graph.consensus[uid], incentive: graph.incentive[uid],
                        dividends: graph.dividends[uid],
                        emission: graph.emission[uid], validatorTrust: graph.validatorTrust[uid],
                        validatorPermit: graph.validatorPermit[uid], lastUpdate: graph.lastUpdate[uid],
                        active: graph.active[uid]))
            }
        }
        let block = graphs.map(\.block).max() ?? 0
        let report = Report(
            network: endpoint.name, block: block, wallet: target.name, coldkey: coldkey, free: account.free,
            staked: account.staked, neurons: neurons)
        context.printer.emit(report) {
            var table = Table(
                title: "Wallet \(target.name) · \(coldkey) · network \(endpoint.name)\n"
                    + "free \(Amounts.compact(account.free)) τ · staked \(Amounts.compact(account.staked)) τ",
                columns: [
                    .init(header: "Netuid", kind: .number), .init(header: "UID", kind: .number),
                    .init(header: "Hotkey name", optional: true),
                    .init(header: "Hotkey", kind: .address), .init(header: "Stake (τ)", kind: .number),
                    .init(header: "Rank", kind: .number, optional: true),
                    .init(header: "Trust", kind: .number, optional: true),
                    .init(header: "Incentive", kind: .number), .init(header: "Dividends", kind: .number),
                    .init(header: "Emission (ρ)", kind: .number), .init(header: "VPermit"),
                ])
            table.rows = neurons.map {
                [
                    "\($0.netuid)", "\($0.uid)", $0.hotkeyName ?? "", $0.hotkey, Amounts.compact($0.stake),
                    Amounts.proportion($0.rank), Amounts.proportion($0.trust),
                    Amounts.proportion($0.incentive),
                    Amounts.proportion($0.dividends), "\($0.emission)", $0.validatorPermit ? "yes" : "no",
                ]
            }
            let stake = neurons.reduce(UInt64(0)) { $0.addingReportingOverflow($1.stake).partialValue }
            let emission = neurons.reduce(UInt64(0)) { $0.addingReportingOverflow($1.emission).partialValue }
            table.emptyMessage = "No registered hotkeys; register one with `yuma subnets register --netuid N`"
            table.footer = [
                "", "\(neurons.count)", "", "", Amounts.compact(stake), "", "", "", "", "\(emission)", "",
            ]
            return table.render()
        }
    }
}
