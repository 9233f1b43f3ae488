import ArgumentParser
import ChainClient
import Runtime

/// `yuma delegates nominate`: the owner opens the wallet's registered hotkey to nominators.
struct NominateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nominate",
        abstract: "Make the wallet's hotkey a delegate that other coldkeys may stake on.",
        discussion: """
            The hotkey must be registered on a subnet and owned by the wallet's coldkey, which signs. The \
            delegate keeps --take of its validator emission and shares the rest with its nominators by stake. \
            Delegation exists on Finney chains only.
            """,
        aliases: ["become-delegate", "become_delegate"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Option(help: "The take as a fraction (0.18) or a percentage (18%); default: the chain's default, 18%.")
    var take: String?

    @OptionGroup var output: OutputOptions

    /// `{network, coldkey, hotkey, take, extrinsic, block, block_hash}`; take as u16.
    struct Report: Encodable {
        var network: String
        var coldkey: String
        var hotkey: String
        var take: UInt16
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let chosen = try take.map { (text) throws(CLIError) in try DelegateTake.parse(text) }
        let value = chosen ?? StakingParameters.finney.defaultTake
        let wallet = try context.wallet()
        let coldkey = try wallet.coldkeyAccount().ss58Address
        let hotkey = try wallet.hotkeyAccount()
        let client = try context.client()
        let endpoint = try context.endpoint()
        let delegates = try await query("the delegates", options: output) { () async throws(RPCClientError) in
            try await client.delegates()
        }
        if let existing = delegates.first(where: { $0.hotkey == hotkey.ss58Address }) {
            throw CLIError(
                "hotkey \(hotkey.ss58Address) is already a delegate with take \(DelegateTake.percent(existing.take)) %; "
                    + "change it with `yuma delegates set-take --take …`")
        }
        try Prompt.confirm(
            "Make hotkey \(wallet.hotkey) (\(hotkey.ss58Address)) a delegate with take \(DelegateTake.percent(value)) % "
                + "on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(.becomeDelegate(hotkey: try ownedHotkeyID(hotkey.ss58Address), take: value)), signer: signer,
            what: "the nominate call")
        let report = Report(
            network: endpoint.name, coldkey: coldkey, hotkey: hotkey.ss58Address, take: value,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: inclusion.hash) {
            """
            Hotkey \(hotkey.ss58Address) is a delegate in block #\(inclusion.blockNumber)
            take     \(DelegateTake.percent(value)) %
            owner    \(coldkey)
            """
        }
    }
}

/// The account of a wallet hotkey's SS58 address.
func ownedHotkeyID(_ address: String) throws(CLIError) -> AccountID {
    do {
        return try AccountID(ss58: address)
    } catch {
        throw CLIError("the wallet's hotkey address \(address) is not valid SS58: \(error)")
    }
}
