import ArgumentParser
import ChainAPI
import ChainClient
import Keys

/// `yuma stake list`: the coldkey's stake on each hotkey.
struct StakeListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the coldkey's stake on each hotkey.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Option(
        name: [.customLong("ss58"), .customLong("coldkey-ss58")],
        help: "A coldkey address instead of the wallet's.")
    var ss58: String?

    @OptionGroup var output: OutputOptions

    /// `{network, coldkey, stakes: [{hotkey, hotkey_name, stake}], total}` in rao.
    struct Report: Encodable {
        var network: String
        var coldkey: String
        var stakes: [Entry]
        var total: UInt64
    }

    /// One hotkey's stake.
    struct Entry: Encodable {
        var hotkey: String
        var hotkeyName: String?
        var stake: UInt64
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        var names: [String: String] = [:]
        let coldkey: String
        if let ss58 {
            guard (try? PublicAccount(ss58Address: ss58)) != nil else {
                throw CLIError("--ss58 '\(ss58)' is not an SS58 address; check it and retry")
            }
            coldkey = ss58
        } else {
            let target = try context.wallet()
            coldkey = try target.coldkeyAccount().ss58Address
            for hotkey in WalletDirectory.entry(target).hotkeys { names[hotkey.ss58Address] = hotkey.name }
        }
        let client = try context.client()
        let endpoint = try context.endpoint()
        let stakes = try await query("the stake of \(coldkey)", options: output) {
            () async throws(RPCClientError) in
            try await client.stake(ofColdkey: coldkey)
        }
        let entries = stakes.map { Entry(hotkey: $0.hotkey, hotkeyName: names[$0.hotkey], stake: $0.stake) }
        let total = entries.reduce(UInt64(0)) { $0.addingReportingOverflow($1.stake).partialValue }
        context.printer.emit(
            Report(network: endpoint.name, coldkey: coldkey, stakes: entries, total: total),
            quiet: Amounts.exact(total)
        ) {
            var table = Table(
                title: "Stake of \(coldkey) · network \(endpoint.name)",
                columns: [
                    .init(header: "Hotkey name"), .init(header: "Hotkey", kind: .address),
                    .init(header: "Stake (τ)", kind: .number),
                ])
            table.rows = entries.map { [$0.hotkeyName ?? "", $0.hotkey, Amounts.compact($0.stake)] }
            table.footer = ["Total", Table.count(entries.count, "hotkey"), Amounts.compact(total)]
            table.emptyMessage = "No stake; add some with `yuma stake add --amount 10`"
            return table.render()
        }
    }
}
