import ArgumentParser

/// `yuma weights` (`wt`): set a validator's weights.
struct WeightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Set weights on a subnet with the wallet's hotkey.",
        subcommands: [WeightsSetCommand.self],
        aliases: ["wt"]
    )
}
