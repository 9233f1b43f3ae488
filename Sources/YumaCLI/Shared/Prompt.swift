/// Questions before anything that spends funds; `--no-prompt` and `--json-output` answer yes.
enum Prompt {
    /// Asks `question` with `[y/N]`; throws unless the answer is yes.
    static func confirm(_ question: String, options: OutputOptions) throws(CLIError) {
        guard !options.neverPrompt else { return }
        Terminal.writeError(question + " [y/N]: ")
        guard let answer = readLine(strippingNewline: true) else {
            throw CLIError(
                "no answer on standard input; pass --no-prompt (-y) to proceed without confirmation")
        }
        guard ["y", "yes"].contains(answer.stripping(" \t").lowercased()) else {
            throw CLIError("cancelled; nothing was submitted")
        }
    }
}
