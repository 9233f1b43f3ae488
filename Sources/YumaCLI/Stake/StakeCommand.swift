import ArgumentParser

/// `yuma stake` (`st`): move τ between a coldkey's free balance and hotkeys.
struct StakeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stake",
        abstract: "Add, remove and list stake.",
        subcommands: [StakeAddCommand.self, StakeRemoveCommand.self, StakeListCommand.self],
        aliases: ["st"]
    )
}
