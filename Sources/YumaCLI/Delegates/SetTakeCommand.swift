import ArgumentParser
import ChainClient
import Runtime

/// `yuma delegates set-take`: the owner lowers or raises the take of the wallet's delegate hotkey.
struct SetTakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-take", abstract: "Lower or raise the take of the wallet's delegate hotkey.",
        discussion: """
            Lowering is allowed at any time down to the chain's MinTake (9% on Finney); raising goes up to \
            MaxTake (18%) once per TxDelegateTakeRateLimit blocks.
            """,
        aliases: ["set_take", "set-delegate-take", "set_delegate_take"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "The new take as a fraction (0.09) or a percentage (9%).")
    var take: String

    @OptionGroup var output: OutputOptions

    /// `{network, coldkey, hotkey, take_before, take, extrinsic, block, block_hash}`; takes as u16.
    struct Report: Encodable {
        var network: String
        var coldkey: String
        var hotkey: String
        var takeBefore: UInt16
        var take: UInt16
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let value = try DelegateTake.parse(take)
        let wallet = try context.wallet()
        let coldkey = try wallet.coldkeyAccount().ss58Address
        let hotkey = try wallet.hotkeyAccount().ss58Address
        let client = try context.client()
        let endpoint = try context.endpoint()
        let delegates = try await query("the delegates", options: output) { () async throws(RPCClientError) in
            try await client.delegates()
        }
        guard let current = delegates.first(where: { $0.hotkey == hotkey }) else {
            throw CLIError(
                "hotkey \(hotkey) is not a delegate; open it with `yuma delegates nominate --take \(take)`")
        }
        guard value != current.take else {
            throw CLIError("the take of \(hotkey) is already \(DelegateTake.percent(value)) %")
        }
        let id = try ownedHotkeyID(hotkey)
        let call: StakingCall =
            value < current.take ? .decreaseTake(hotkey: id, take: value) : .increaseTake(hotkey: id, take: value)
        try Prompt.confirm(
            "Change the take of \(hotkey) from \(DelegateTake.percent(current.take)) % to "
                + "\(DelegateTake.percent(value)) % on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(call), signer: signer, what: "the take change")
        let report = Report(
            network: endpoint.name, coldkey: coldkey, hotkey: hotkey, takeBefore: current.take, take: value,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: inclusion.hash) {
            "Take of \(hotkey) is \(DelegateTake.percent(value)) % (was \(DelegateTake.percent(current.take)) %) "
                + "from block #\(inclusion.blockNumber)"
        }
    }
}
