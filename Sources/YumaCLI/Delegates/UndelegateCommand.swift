import ArgumentParser
import ChainClient
import Runtime

/// `yuma delegates undelegate`: take stake off a delegate back to the wallet's coldkey.
struct UndelegateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undelegate", abstract: "Unstake τ from a delegate back to the coldkey's free balance.",
        aliases: ["undelegate-stake", "undelegate_stake"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var target: DelegateTargetOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let wallet = try context.wallet()
        let coldkey = try wallet.coldkeyAccount().ss58Address
        let (hotkey, hotkeyText) = try target.hotkey()
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (delegates, before) = try await query("the delegate and stake", options: output) {
            () async throws(RPCClientError) in
            (try await client.delegates(), try await stake(of: coldkey, on: hotkeyText, client: client))
        }
        _ = try delegate(hotkeyText, in: delegates)
        guard before > 0 else {
            throw CLIError(
                "\(coldkey) has nothing delegated to \(hotkeyText); see `yuma delegates my-delegates`")
        }
        let rao = try target.rao(available: before)
        guard rao <= before else {
            throw CLIError(
                "the coldkey has \(Amounts.exact(before)) τ delegated to \(hotkeyText), not \(Amounts.exact(rao)) τ; "
                    + "pass --all or a smaller --amount")
        }
        try Prompt.confirm(
            "Undelegate \(Amounts.exact(rao)) τ from \(hotkeyText) back to \(coldkey) on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(.removeStake(hotkey: hotkey, amount: rao)), signer: signer, what: "the undelegate call")
        await StakeChangeReport.print(
            after: inclusion, headline: "Undelegated \(Amounts.exact(rao)) τ from \(hotkeyText)", amount: rao,
            stakeBefore: before, coldkey: coldkey, hotkey: hotkeyText, network: endpoint.name, client: client,
            context: context)
    }
}
