import ArgumentParser

extension AxonCommand {
    /// The `yuma axon` subcommands.
    static let all: [any ParsableCommand.Type] = [AxonBenchCommand.self]
}
