import ArgumentParser

extension ModelCommand {
    /// The corpus, tokenizer and n-gram subcommands.
    static let textCommands: [any ParsableCommand.Type] = [
        NGramTrainCommand.self, TextEvaluateCommand.self, TextTokenizeCommand.self,
    ]
}
