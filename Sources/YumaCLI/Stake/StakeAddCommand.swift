import ArgumentParser
import ChainClient
import Runtime

/// `yuma stake add`: stake free τ on a hotkey.
struct StakeAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Stake τ from the coldkey's free balance on a hotkey.")

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
        let (free, before) = try await query("the balance and stake", options: output) {
            () async throws(RPCClientError) in
            (
                try await client.balance(of: coldkey),
                try await stake(of: coldkey, on: hotkeyText, client: client)
            )
        }
        let fee = FeeSchedule.standard.baseFee
        let spendable = free.subtractingReportingOverflow(fee + existentialDeposit)
        let rao = try target.rao(available: spendable.overflow ? 0 : spendable.partialValue)
        guard rao > 0, free >= rao.addingReportingOverflow(fee).partialValue else {
            throw CLIError(
                "the coldkey holds \(Amounts.exact(free)) τ free, not enough to stake \(Amounts.exact(rao)) τ plus the fee; "
                    + "stake less or fund it")
        }
        try Prompt.confirm(
            "Stake \(Amounts.exact(rao)) τ from \(coldkey) on hotkey \(hotkeyText) on \(endpoint.name)?",
            options: output)
        let signer = try wallet.coldkeyPair(output)
        let inclusion = try await ChainAction(client: client, options: output).submit(
            .staking(.addStake(hotkey: hotkey, amount: rao)), signer: signer, what: "the stake call")
        await StakeChangeReport.print(
            after: inclusion, headline: "Staked \(Amounts.exact(rao)) τ on \(hotkeyText)", amount: rao, stakeBefore: before,
            coldkey: coldkey, hotkey: hotkeyText, network: endpoint.name, client: client, context: context)
    }
}
