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
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let wallet = try context.wallet()
        let coldkey = try wallet.coldkeyAccount().ss58Address
        let (hotkey, hotkeyText) = try target.hotkey()
        let client = try context.client()
        let endpoint = try context.endpoint()
        let (delegates, free, before) = try await query("the delegate, balance and stake", options: output) {
            () async throws(RPCClientError) in
            (
                try await client.delegates(), try await client.balance(of: coldkey),
                try await stake(of: coldkey, on: hotkeyText, client: client)
            )
        }
        let found = try delegate(hotkeyText, in: delegates)
        let fee = FeeSchedule.standard.baseFee
        let spendable = free.subtractingReportingOverflow(fee + existentialDeposit)
        let rao = try target.rao(available: spendable.overflow ? 0 : spendable.partialValue)
        guard rao > 0, free >= rao.addingReportingOverflow(fee).partialValue else {
            throw CLIError(
                "the coldkey holds \(Amounts.exact(free)) τ free, not enough to delegate \(Amounts.exact(rao)) τ "
                    + "plus the fee; delegate less or fund it")
        }
        try Prompt.confirm(
            "Delegate \(Amounts.exact(rao)) τ from \(coldkey) to \(hotkeyText) (take \(DelegateTake.percent(found.take)) %) "
                + "on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(.addStake(hotkey: hotkey, amount: rao)), signer: signer, what: "the delegate call")
        await StakeChangeReport.print(
            after: inclusion, headline: "Delegated \(Amounts.exact(rao)) τ to \(hotkeyText)", amount: rao,
            stakeBefore: before, coldkey: coldkey, hotkey: hotkeyText, network: endpoint.name, client: client,
            context: context)
    }
}
