import ArgumentParser

/// The `yuma` command line.
@main
struct Yuma: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yuma",
        abstract: "Yuma: a Bittensor-style network in Swift.",
        subcommands: [ConsensusCommand.self, RuntimeCommand.self, NodeCommand.self]
    )
}
