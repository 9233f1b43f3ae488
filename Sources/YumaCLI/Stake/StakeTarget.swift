import ArgumentParser
import ChainClient
import Keys
import Runtime

/// The hotkey stake moves to or from: `--hotkey-ss58`, else the wallet's hotkey.
struct StakeTargetOptions: ParsableArguments {
    @Option(
        name: [.customLong("hotkey-ss58"), .customLong("hotkey_ss58"), .customLong("hotkey-ss58-address")],
        help: "Stake on this hotkey address (a delegate) instead of the wallet's hotkey.")
    var hotkeySS58: String?

    @Option(help: "The amount in τ, e.g. 10.")
    var amount: String?

    @Flag(help: "All of it: the whole free balance (add) or the whole stake (remove).")
    var all = false

    /// The hotkey as an account and its SS58 text.
    func hotkey(of wallet: Wallet) throws(CLIError) -> (AccountID, String) {
        var text = hotkeySS58 ?? ""
        if hotkeySS58 == nil { text = try wallet.hotkeyAccount().ss58Address }
        do {
            return (try AccountID(ss58: text), text)
        } catch {
            throw CLIError("--hotkey-ss58 '\(text)' is not an SS58 address; check it and retry")
        }
    }

    /// The amount in rao: `--amount`, or `available` with `--all`.
    func rao(available: UInt64) throws(CLIError) -> UInt64 {
        try Self.rao(amount: amount, all: all, available: available)
    }

    /// `amount` in rao, or `available` when `all`; an error when both or neither are given.
    static func rao(amount: String?, all: Bool, available: UInt64) throws(CLIError) -> UInt64 {
        if all {
            guard amount == nil else { throw CLIError("pass either --amount or --all, not both") }
            return available
        }
        guard let amount else {
            throw CLIError("missing --amount; pass the τ to move, e.g. --amount 10, or --all")
        }
        let rao = try Amounts.parseTao(amount, option: "--amount")
        guard rao > 0 else { throw CLIError("--amount must be more than 0 τ") }
        return rao
    }
}

/// What `stake add` and `stake remove` print in JSON.
struct StakeChangeReport: Encodable {
    var network: String
    var coldkey: String
    var hotkey: String
    var amount: UInt64
    var stakeBefore: UInt64
    var stakeAfter: UInt64
    var balanceAfter: UInt64
    var extrinsic: String
    var block: UInt64
    var blockHash: String
}

extension StakeChangeReport {
    /// Reads the stake and balance after an included stake or unstake call and prints the report:
    /// JSON, the hash alone with `--quiet`, or `headline` followed by the stake and balance lines.
    static func print(
        after inclusion: ExtrinsicInclusion, headline: String, amount: UInt64, stakeBefore: UInt64,
        coldkey: String, hotkey: String, network: String, client: HTTPChainClient, context: CLIContext
    ) async {
        let after = (try? await stake(of: coldkey, on: hotkey, client: client)) ?? 0
        let balance = (try? await client.balance(of: coldkey)) ?? 0
        let report = StakeChangeReport(
            network: network, coldkey: coldkey, hotkey: hotkey, amount: amount, stakeBefore: stakeBefore,
            stakeAfter: after, balanceAfter: balance, extrinsic: inclusion.hash, block: inclusion.blockNumber,
            blockHash: inclusion.blockHash)
        context.printer.emit(report, quiet: inclusion.hash) {
            """
            \(headline) in block #\(inclusion.blockNumber)
            stake    \(Amounts.exact(stakeBefore)) τ → \(Amounts.exact(after)) τ
            balance  \(Amounts.exact(balance)) τ free
            """
        }
    }
}

/// The stake a coldkey holds on one hotkey, rao.
func stake(of coldkey: String, on hotkey: String, client: HTTPChainClient) async throws(RPCClientError)
    -> UInt64
{
    try await client.stake(ofColdkey: coldkey).first { $0.hotkey == hotkey }?.stake ?? 0
}
