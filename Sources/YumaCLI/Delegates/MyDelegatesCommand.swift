import ArgumentParser
import ChainAPI
import ChainClient
import Keys

/// `yuma delegates my-delegates`: the delegates a coldkey (or every wallet) has staked on, with totals.
struct MyDelegatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "my-delegates", abstract: "Show the delegates the wallet's coldkey has staked on.",
        aliases: ["my_delegates", "mine"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Flag(help: "Every wallet under the wallet path.")
    var all = false

    @Option(
        name: [.customLong("ss58"), .customLong("coldkey-ss58")],
        help: "A coldkey address instead of the wallet's.")
    var ss58: String?

    @OptionGroup var output: OutputOptions

    /// One delegation: `{wallet?, coldkey, hotkey, owner, take, stake, total_stake}` in rao.
    struct Delegation: Encodable, Equatable {
        var wallet: String?
        var coldkey: String
        var hotkey: String
        var owner: String
        var take: UInt16
        var stake: UInt64
        var totalStake: UInt64
    }

    /// `{network, block, delegations: [Delegation], total}`.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var delegations: [Delegation]
        var total: UInt64
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let coldkeys = try targets(context)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (head, views) = try await query("the delegates", options: output) {
            () async throws(RPCClientError) in
            (try await client.head(), try await client.delegates())
        }
        let delegates = DelegateSummary.ranked(views)
        let delegations = Self.delegations(of: coldkeys, in: views, order: delegates.map(\.hotkey))
        let report = Report(
            network: endpoint.name, block: head.number, delegations: delegations,
            total: delegations.raoSum(\.stake))
        context.printer.emit(report, quiet: Amounts.exact(report.total)) { Self.table(report).render() }
    }

    /// The stake each coldkey holds on each delegate, in `order` of delegates, then by coldkey.
    static func delegations(
        of coldkeys: [(wallet: String?, address: String)], in views: [DelegateView], order: [String]
    ) -> [Delegation] {
        var rows: [Delegation] = []
        for hotkey in order {
            guard let view = views.first(where: { $0.hotkey == hotkey }) else { continue }
            for coldkey in coldkeys {
                guard let stake = view.nominators.first(where: { $0.coldkey == coldkey.address })?.stake,
                    stake > 0
                else { continue }
                rows.append(
                    Delegation(
                        wallet: coldkey.wallet, coldkey: coldkey.address, hotkey: view.hotkey, owner: view.owner,
                        take: view.take, stake: stake, totalStake: view.totalStake))
            }
        }
        return rows
    }

    /// The table of `report`, with the coldkey's total in the footer.
    static func table(_ report: Report) -> Table {
        let showWallet = report.delegations.contains { $0.wallet != nil }
        var columns: [Table.Column] = [
            .init(header: "Coldkey", kind: .address, optional: true), .init(header: "Delegate", kind: .address),
            .init(header: "Take (%)", kind: .number), .init(header: "My stake (τ)", kind: .number),
            .init(header: "Total stake (τ)", kind: .number), .init(header: "Share (%)", kind: .number),
        ]
        if showWallet { columns.insert(.init(header: "Wallet"), at: 0) }
        var table = Table(title: "Delegations · network \(report.network) · block #\(report.block)", columns: columns)
        table.rows = report.delegations.map {
            let row = [
                $0.coldkey, $0.hotkey, DelegateTake.percent($0.take), Amounts.compact($0.stake),
                Amounts.compact($0.totalStake), Self.share($0.stake, of: $0.totalStake),
            ]
            return showWallet ? [$0.wallet ?? ""] + row : row
        }
        let footer = [Table.count(report.delegations.count, "delegation"), "", Amounts.compact(report.total), "", ""]
        table.footer = ["Total"] + (showWallet ? [""] : []) + footer
        table.emptyMessage = "No delegations; stake on a delegate with `yuma delegates delegate --delegate-ss58 …`"
        return table
    }

    /// `stake` as a percentage of `total` with two decimals: `25.00`.
    static func share(_ stake: UInt64, of total: UInt64) -> String {
        guard total > 0 else { return "0.00" }
        let hundredths = Int((Double(min(stake, total)) / Double(total) * 10_000).rounded())
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }

    /// The (wallet name, coldkey address) pairs to look up.
    func targets(_ context: CLIContext) throws(CLIError) -> [(wallet: String?, address: String)] {
        if let ss58 {
            guard (try? PublicAccount(ss58Address: ss58)) != nil else {
                throw CLIError("--ss58 '\(ss58)' is not an SS58 address; check it and retry")
            }
            return [(nil, ss58)]
        }
        if all {
            let root = try context.wallet().root
            let found = try WalletDirectory.entries(root: root).compactMap { entry in
                entry.coldkey.map { (wallet: Optional(entry.name), address: $0.ss58Address) }
            }
            guard !found.isEmpty else {
                throw CLIError("no wallets with a coldkey at \(root); create one with `yuma wallet create`")
            }
            return found
        }
        let target = try context.wallet()
        return [(target.name, try target.coldkeyAccount().ss58Address)]
    }
}
