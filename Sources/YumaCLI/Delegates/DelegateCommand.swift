import ArgumentParser
import ChainClient
import Runtime

/// `yuma delegates delegate`: stake τ from the wallet's coldkey on a delegate's hotkey.
struct DelegateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegate", abstract: "Stake τ from the coldkey's free balance on a delegate.",
        aliases: ["delegate-stake", "delegate_stake"])

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var target: DelegateTargetOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let move = try DelegateMove(wallet: wallet, network: network, target: target, output: output)
        let client = move.client
        let (delegates, free, before) = try await query("the delegate, balance and stake", options: output) {
            () async throws(RPCClientError) in
            (try await client.delegates(), try await client.balance(of: move.coldkey), try await move.stakeNow())
        }
        let found = try delegate(move.hotkeyText, in: delegates)
        let fee = FeeSchedule.standard.baseFee
        let spendable = free.subtractingReportingOverflow(fee + existentialDeposit)
        let rao = try target.rao(available: spendable.overflow ? 0 : spendable.partialValue)
        guard rao > 0, free >= rao.addingReportingOverflow(fee).partialValue else {
            throw CLIError(
                "the coldkey holds \(Amounts.exact(free)) τ free, not enough to delegate \(Amounts.exact(rao)) τ "
                    + "plus the fee; delegate less or fund it")
        }
        try Prompt.confirm(
            "Delegate \(Amounts.exact(rao)) τ from \(move.coldkey) to \(move.hotkeyText) "
                + "(take \(DelegateTake.percent(found.take)) %) on \(move.endpoint.name)?",
            options: output)
        try await move.submit(
            .staking(.addStake(hotkey: move.hotkey, amount: rao)), what: "the delegate call",
            headline: "Delegated \(Amounts.exact(rao)) τ to \(move.hotkeyText)", amount: rao, stakeBefore: before)
    }
}
