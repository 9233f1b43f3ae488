import ArgumentParser

/// `yuma node`: run a chain node (the default), verify its database, or benchmark it.
struct NodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "node",
        abstract:
            "Run a Yuma chain node (the default subcommand), replay-verify its database, or benchmark it.",
        subcommands: [NodeRunCommand.self, NodeVerifyCommand.self, NodeBenchCommand.self],
        defaultSubcommand: NodeRunCommand.self
    )
}
