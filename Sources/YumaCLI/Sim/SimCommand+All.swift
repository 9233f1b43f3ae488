import ArgumentParser

extension SimCommand {
    /// The `yuma sim` subcommands.
    static let all: [any ParsableCommand.Type] = [SimRunCommand.self, SimBenchCommand.self]
}
