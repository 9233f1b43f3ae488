import ArgumentParser
import ChainClient
import Runtime

/// `yuma stake remove`: unstake τ from a hotkey back to the coldkey.
struct StakeRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Unstake τ from a hotkey back to the coldkey's free balance.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var target: StakeTargetOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let wallet = try context.wallet()
        let coldkey = try wallet.coldkeyAccount().ss58Address
        let (hotkey, hotkeyText) = try target.hotkey(of: wallet)
        let client = try context.client()
        let endpoint = try context.endpoint()
        let before = try await query("the stake", options: output) { () async throws(RPCClientError) in
            try await stake(of: coldkey, on: hotkeyText, client: client)
        }
        let rao = try target.rao(available: before)
        guard rao > 0, rao <= before else {
            throw CLIError(
                "the coldkey has \(Amounts.exact(before)) τ staked on \(hotkeyText), not \(Amounts.exact(rao)) τ; "
                    + "check `yuma stake list`")
        }
        try Prompt.confirm(
            "Unstake \(Amounts.exact(rao)) τ from hotkey \(hotkeyText) to \(coldkey) on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(.removeStake(hotkey: hotkey, amount: rao)), signer: signer, what: "the unstake call")
        await StakeChangeReport.print(
            after: inclusion, headline: "Unstaked \(Amounts.exact(rao)) τ from \(hotkeyText)", amount: rao, stakeBefore: before,
            coldkey: coldkey, hotkey: hotkeyText, network: endpoint.name, client: client, context: context)
    }
}
