import ArgumentParser
import LanguageModel

/// `yuma model tokenize`: shows how the validator's tokenizer cuts a text.
struct TextTokenizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize", abstract: "Print the token ids and pieces of a text.")

    @Argument(help: "The text to tokenize.") var text: String
    @OptionGroup var tokenizerOptions: TextTokenizerOptions
    @Flag(name: .customLong("json-output"), help: "Print the ids and pieces as one JSON object.") var jsonOutput = false

    struct Report: Encodable {
        let ids: [Int]
        let pieces: [String]
    }

    func run() async throws {
        let tokenizer = try tokenizerOptions.tokenizer()
        let ids = tokenizer.encode(text)
        let report = Report(ids: ids, pieces: ids.map { tokenizer.decode([$0]) })
        if jsonOutput {
            print(JSONOutput.render(report))
        } else {
            print("\(ids.count) tokens")
            for (id, piece) in zip(report.ids, report.pieces) { print("\(id)\t\(piece.debugDescription)") }
        }
    }
}
