import ArgumentParser

/// `yuma runtime`: the chain runtime without a node.
struct RuntimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runtime",
        abstract: "Run the chain runtime without a node.",
        subcommands: [RunCommand.self, RuntimeBenchCommand.self]
    )
}
