import ArgumentParser

/// `yuma sim`: fast-forwards a whole network through the real runtime.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Fast-forward a whole network through the real runtime.",
        subcommands: SimCommand.all
    )
}
