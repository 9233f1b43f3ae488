import ArgumentParser
import ChainAPI
import ChainClient
import Keys

/// `yuma wallet balance`: free and staked τ of a wallet's coldkey, all wallets, or given addresses.
struct WalletBalanceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance", abstract: "Show the free and staked balance of coldkeys.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Flag(help: "Every wallet under the wallet path.")
    var all = false

    @Option(
        name: [.customLong("ss58"), .customLong("ss58-address"), .customLong("ss58_address")],
        help: "An SS58 address instead of a wallet (repeatable).")
    var ss58: [String] = []

    @OptionGroup var output: OutputOptions

    /// One row: `{wallet, coldkey, free, staked, total}` in rao.
    struct Row: Encodable {
        var wallet: String?
        var coldkey: String
        var free: UInt64
        var staked: UInt64
        var total: UInt64
    }

    /// `{network, block, balances: [Row], totals: {free, staked, total}}`.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var balances: [Row]
        var totals: Totals
    }

    /// Sums in rao.
    struct Totals: Encodable {
        var free: UInt64
        var staked: UInt64
        var total: UInt64
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let endpoint = try context.endpoint()
        let accounts = try targets(context)
        let client = try context.client()
        let (head, views) = try await query("balances", options: output) { () async throws(RPCClientError) in
            var views: [AccountView] = []
            for (_, address) in accounts { views.append(try await client.account(address)) }
            return (try await client.head(), views)
        }
        let rows = zip(accounts, views).map { target, view in
            Row(
                wallet: target.0, coldkey: view.address, free: view.free, staked: view.staked,
                total: view.free.addingReportingOverflow(view.staked).partialValue)
        }
        let totals = Totals(
            free: rows.reduce(0) { $0.addingReportingOverflow($1.free).partialValue },
            staked: rows.reduce(0) { $0.addingReportingOverflow($1.staked).partialValue },
            total: rows.reduce(0) { $0.addingReportingOverflow($1.total).partialValue })
        let report = Report(network: endpoint.name, block: head.number, balances: rows, totals: totals)
        context.printer.emit(report, quiet: rows.map { Amounts.exact($0.free) }.joined(separator: "\n")) {
            var table = Table(
                title: "Balances · network \(endpoint.name) · block #\(head.number)",
                columns: [
                    .init(header: "Wallet"), .init(header: "Coldkey", kind: .address),
                    .init(header: "Free (τ)", kind: .number), .init(header: "Staked (τ)", kind: .number),
                    .init(header: "Total (τ)", kind: .number),
                ])
            table.rows = rows.map {
                [
                    $0.wallet ?? "", $0.coldkey, Amounts.compact($0.free), Amounts.compact($0.staked),
                    Amounts.compact($0.total),
                ]
            }
            table.footer = [
                "Total", Table.count(rows.count, "account"), Amounts.compact(totals.free),
                Amounts.compact(totals.staked),
                Amounts.compact(totals.total),
            ]
            return table.render()
        }
    }

    /// The (wallet name, address) pairs to look up.
    func targets(_ context: CLIContext) throws(CLIError) -> [(String?, String)] {
        if !ss58.isEmpty {
            for address in ss58 where (try? PublicAccount(ss58Address: address)) == nil {
                throw CLIError("--ss58 '\(address)' is not an SS58 address; check it and retry")
            }
            return ss58.map { (nil, $0) }
        }
        if all {
            let entries = try WalletDirectory.entries(root: try context.wallet().root)
            let found = entries.compactMap { entry in
                entry.coldkey.map { (Optional(entry.name), $0.ss58Address) }
            }
            guard !found.isEmpty else {
                throw CLIError(
                    "no wallets with a coldkey at \(try context.wallet().root); create one with `yuma wallet create`"
                )
            }
            return found
        }
        let target = try context.wallet()
        return [(target.name, try target.coldkeyAccount().ss58Address)]
    }
}
