import ArgumentParser
import ChainClient

/// `yuma subnets burn-cost`: what creating a subnet locks now.
struct BurnCostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "burn-cost",
        abstract: "Show the τ a coldkey locks to create a subnet in the next block.",
        aliases: ["burn_cost", "lock-cost"])

    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, block, lock_cost}`; the cost in rao for the block after `block`.
    struct Report: Encodable {
        var network: String
        var block: UInt64
        var lockCost: UInt64
    }

    func run() async throws {
        let context = CLIContext(network: network, output: output)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (head, cost) = try await query("the subnet lock cost", options: output) {
            () async throws(RPCClientError) in
            (try await client.head(), try await client.networkLockCost())
        }
        context.printer.emit(
            Report(network: endpoint.name, block: head.number, lockCost: cost), quiet: Amounts.exact(cost)
        ) {
            "Creating a subnet on \(endpoint.name) locks \(Amounts.exact(cost)) τ (block #\(head.number + 1))"
        }
    }
}
