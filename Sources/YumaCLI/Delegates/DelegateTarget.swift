import ArgumentParser
import ChainAPI
import ChainClient
import Runtime

/// The delegate stake moves to or from (`--delegate-ss58`) and how much.
struct DelegateTargetOptions: ParsableArguments {
    @Option(
        name: [
            .customLong("delegate-ss58"), .customLong("delegate_ss58"), .customLong("delegate_ss58key"),
            .customLong("hotkey-ss58"),
        ],
        help: "The delegate's hotkey address (see `yuma delegates list`).")
    var delegateSS58: String?

    @Option(help: "The amount in τ, e.g. 10.")
    var amount: String?

    @Flag(help: "All of it: the whole free balance (delegate) or the whole stake (undelegate).")
    var all = false

    /// The delegate hotkey as an account and its SS58 text.
    func hotkey() throws(CLIError) -> (AccountID, String) {
        guard let text = delegateSS58 else {
            throw CLIError("missing --delegate-ss58; pick a delegate hotkey from `yuma delegates list`")
        }
        do {
            return (try AccountID(ss58: text), text)
        } catch {
            throw CLIError("--delegate-ss58 '\(text)' is not an SS58 address; check it and retry")
        }
    }

    /// The amount in rao: `--amount`, or `available` with `--all`.
    func rao(available: UInt64) throws(CLIError) -> UInt64 {
        try StakeTargetOptions.rao(amount: amount, all: all, available: available)
    }
}

/// The delegate named `hotkey` among `delegates`, or an error that says where to find one.
func delegate(_ hotkey: String, in delegates: [DelegateView]) throws(CLIError) -> DelegateView {
    guard let found = delegates.first(where: { $0.hotkey == hotkey }) else {
        throw CLIError(
            "\(hotkey) is not a delegate; pick one from `yuma delegates list` (its owner opens it with "
                + "`yuma delegates nominate`)")
    }
    return found
}
