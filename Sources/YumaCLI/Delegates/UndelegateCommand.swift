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
        let move = try DelegateMove(wallet: wallet, network: network, target: target, output: output)
        let client = move.client
        let (delegates, before) = try await query("the delegate and stake", options: output) {
            () async throws(RPCClientError) in
            (try await client.delegates(), try await move.stakeNow())
        }
        _ = try delegate(move.hotkeyText, in: delegates)
        guard before > 0 else {
            throw CLIError(
                "\(move.coldkey) has nothing delegated to \(move.hotkeyText); see `yuma delegates my-delegates`")
        }
        let rao = try target.rao(available: before)
        guard rao <= before else {
            throw CLIError(
                "the coldkey has \(Amounts.exact(before)) τ delegated to \(move.hotkeyText), not \(Amounts.exact(rao)) τ; "
                    + "pass --all or a smaller --amount")
        }
        try Prompt.confirm(
            "Undelegate \(Amounts.exact(rao)) τ from \(move.hotkeyText) back to \(move.coldkey) on \(move.endpoint.name)?",
            options: output)
        try await move.submit(
            .staking(.removeStake(hotkey: move.hotkey, amount: rao)), what: "the undelegate call",
            headline: "Undelegated \(Amounts.exact(rao)) τ from \(move.hotkeyText)", amount: rao, stakeBefore: before)
    }
}
