import ArgumentParser

extension ModelCommand {
    /// The GGUF and transformer subcommands.
    static let transformerCommands: [any ParsableCommand.Type] = [
        ModelInfoCommand.self, ModelBenchCommand.self, ModelGenerateCommand.self,
    ]
}
