import ArgumentParser

/// `yuma axon`: the axon/dendrite protocol on its own (benchmarks, a test server).
struct AxonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "axon",
        abstract: "The axon/dendrite protocol on its own.",
        subcommands: AxonCommand.all
    )
}
