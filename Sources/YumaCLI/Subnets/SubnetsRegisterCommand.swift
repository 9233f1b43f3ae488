import ArgumentParser
import ChainClient
import Runtime

/// `yuma subnets register`: register the wallet's hotkey on a subnet by burning τ.
struct SubnetsRegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register the wallet's hotkey on a subnet by burning the subnet's registration cost.",
        aliases: ["burned-register", "burned_register"])

    @OptionGroup var netuid: NetuidOption
    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var output: OutputOptions

    /// `{network, netuid, uid, hotkey, coldkey, burn, extrinsic, block, block_hash}`; the burn in rao.
    struct Report: Encodable {
        var network: String
        var netuid: UInt16
        var uid: UInt16
        var hotkey: String
        var coldkey: String
        var burn: UInt64
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
        let id = netuid.netuid
        let (burn, free, existing) = try await query("subnet \(id)", options: output) {
            () async throws(RPCClientError) in
            (
                try await client.burn(id), try await client.balance(of: coldkey),
                try await client.neuron(id, hotkey: hotkeyText)
            )
        }
        if let existing {
            throw CLIError(
                "hotkey \(hotkeyText) already holds uid \(existing.uid) on subnet \(id); use another hotkey (--hotkey)"
            )
        }
        guard free >= burn else {
            throw CLIError(
                "registering on subnet \(id) burns \(Amounts.exact(burn)) τ but the coldkey holds \(Amounts.exact(free)) τ; fund it first"
            )
        }
        try Prompt.confirm(
            "Register hotkey \(hotkeyText) on subnet \(id) of \(endpoint.name), burning \(Amounts.exact(burn)) τ from \(coldkey)?",
            options: output)
        let signer = try target.coldkeyPair(output)
        let action = ChainAction(client: client, options: output)
        let inclusion = try await action.submit(
            .registration(.burnedRegister(netuid: id, hotkey: hotkey)), signer: signer,
            what: "the registration")
        let uid = await action.eventField("registration.NeuronRegistered", "uid", of: inclusion).map {
            UInt16(clamping: $0)
        }
        let burned =
            await action.eventField("registration.RegistrationBurned", "amount", of: inclusion) ?? burn
        let report = Report(
            network: endpoint.name, netuid: id, uid: uid ?? 0, hotkey: hotkeyText, coldkey: coldkey,
            burn: burned,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: "\(report.uid)") {
            "Registered \(hotkeyText) on subnet \(id) as uid \(report.uid) in block #\(inclusion.blockNumber), burning \(Amounts.exact(burned)) τ"
        }
    }
}
