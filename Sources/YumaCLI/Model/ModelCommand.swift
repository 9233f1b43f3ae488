import ArgumentParser

/// `yuma model`: the language models miners serve (inspect, run, train, benchmark).
struct ModelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Inspect, run, train and benchmark the language models.",
        subcommands: ModelCommand.transformerCommands + ModelCommand.textCommands
    )
}
