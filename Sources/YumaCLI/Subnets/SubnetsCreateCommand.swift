import ArgumentParser
import ChainClient
import Runtime

/// `yuma subnets create`: lock τ and create a subnet owned by the wallet.
struct SubnetsCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a subnet: the coldkey locks the lock cost; the hotkey becomes its first neuron.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, owner, hotkey, lock_cost, extrinsic, block, block_hash}`; the cost in rao.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var owner: String
        var hotkey: String
        var lockCost: UInt64
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let target = try context.wallet()
        let coldkey = try target.coldkeyAccount().ss58Address
        let hotkeyText = try target.hotkeyAccount().ss58Address
        let hotkey = try AccountID(ss58: hotkeyText)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (cost, free) = try await query("the subnet lock cost", options: output) {
            () async throws(RPCClientError) in
            (try await client.networkLockCost(), try await client.balance(of: coldkey))
        }
        guard free >= cost else {
            throw CLIError(
                "creating a subnet locks \(Amounts.exact(cost)) τ but the coldkey \(coldkey) holds \(Amounts.exact(free)) τ; fund it first"
            )
        }
        try Prompt.confirm(
            "Create a subnet on \(endpoint.name), locking \(Amounts.exact(cost)) τ from \(coldkey) (hotkey \(hotkeyText))?",
            options: output)
        let signer = try target.coldkeyPair(output)
        let action = ChainAction(client: client, options: output)
        let inclusion = try await action.submit(
            .subnets(.registerNetwork(hotkey: hotkey)), signer: signer, what: "the subnet creation")
        guard let netuid = await action.eventField("subnets.NetworkAdded", "netuid", of: inclusion) else {
            throw CLIError(
                "the subnet was created in block #\(inclusion.blockNumber) but its netuid is not in the events; run `yuma subnets list`"
            )
        }
        let locked = await action.eventField("subnets.NetworkAdded", "lockedRao", of: inclusion) ?? cost
        let report = Report(
            network: endpoint.name, netuid: UInt16(clamping: netuid), owner: coldkey, hotkey: hotkeyText,
            lockCost: locked,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: "\(netuid)") {
            "Created subnet \(netuid) in block #\(inclusion.blockNumber), locking \(Amounts.exact(locked)) τ; owner hotkey \(hotkeyText) is uid 0"
        }
    }
}
