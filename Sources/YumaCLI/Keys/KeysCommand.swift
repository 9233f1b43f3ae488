import ArgumentParser

/// `yuma keys`: key tools that need no wallet.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Key tools: signing speed against Bittensor's Python bindings.",
        subcommands: [KeysBenchCommand.self]
    )
}
