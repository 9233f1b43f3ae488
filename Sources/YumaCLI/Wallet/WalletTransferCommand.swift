import ArgumentParser
import ChainAPI
import ChainClient
import Keys
import Runtime

/// `yuma wallet transfer`: send τ from the wallet's coldkey.
struct WalletTransferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Send τ from the wallet's coldkey to an address.")

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions

    @Option(name: [.customLong("dest"), .customLong("destination")], help: "The recipient's SS58 address.")
    var dest: String

    @Option(help: "The amount in τ, e.g. 1.5.")
    var amount: String

    @Flag(
        name: [.customLong("allow-death"), .customLong("allow_death")],
        help: "Allow the coldkey to fall under the existential deposit and be reaped.")
    var allowDeath = false

    @OptionGroup var output: OutputOptions

    /// `{network, from, to, amount, fee, balance_before, balance_after, extrinsic, block, block_hash}`.
    struct Report: Encodable {
        var network: String
        var from: String
        var to: String
        var amount: UInt64
        var fee: UInt64
        var balanceBefore: UInt64
        var balanceAfter: UInt64
        var extrinsic: String
        var block: UInt64
        var blockHash: String
    }

    func run() async throws {
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let rao = try Amounts.parseTao(amount, option: "--amount")
        guard rao > 0 else { throw CLIError("--amount must be more than 0 τ") }
        let destination: AccountID
        do {
            destination = try AccountID(ss58: dest)
        } catch {
            throw CLIError("--dest '\(dest)' is not an SS58 address; check it and retry")
        }
        let target = try context.wallet()
        let from = try target.coldkeyAccount().ss58Address
        let endpoint = try context.endpoint()
        let client = try context.client()
        let before = try await query("the balance of \(from)", options: output) {
            () async throws(RPCClientError) in
            try await client.balance(of: from)
        }
        let fee = FeeSchedule.standard.baseFee
        guard before >= rao.addingReportingOverflow(fee).partialValue else {
            throw CLIError(
                "the coldkey \(from) holds \(Amounts.exact(before)) τ, less than \(Amounts.exact(rao)) τ plus the "
                    + "\(Amounts.exact(fee)) τ fee; fund it or send less")
        }
        try Prompt.confirm(
            "Transfer \(Amounts.exact(rao)) τ from \(from) to \(dest) on \(endpoint.name) (fee \(Amounts.exact(fee)) τ)?",
            options: output)
        let signer = try target.coldkeyPair(output)
        let call: Call = .balances(
            allowDeath
                ? .transfer(destination: destination, amount: rao)
                : .transferKeepAlive(destination: destination, amount: rao))
        let inclusion = try await ChainAction(client: client, options: output).submit(
            call, signer: signer, what: "the transfer")
        let after = (try? await client.balance(of: from)) ?? 0
        let report = Report(
            network: endpoint.name, from: from, to: dest, amount: rao, fee: fee, balanceBefore: before,
            balanceAfter: after,
            extrinsic: inclusion.hash, block: inclusion.blockNumber, blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: inclusion.hash) {
            """
            Transferred \(Amounts.exact(rao)) τ to \(dest) in block #\(inclusion.blockNumber)
            balance  \(Amounts.exact(before)) τ → \(Amounts.exact(after)) τ
            """
        }
    }
}
