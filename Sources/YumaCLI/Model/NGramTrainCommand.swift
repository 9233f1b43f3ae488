import ArgumentParser
import Foundation
import LanguageModel

/// `yuma model ngram-train`: trains an n-gram model on a corpus and writes its binary file.
struct NGramTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ngram-train",
        abstract: "Train an interpolated Kneser-Ney n-gram model on a text corpus.",
        discussion: "The corpus is a UTF-8 file or a folder of .txt files (documents separated by blank lines); Corpora/train is the committed training set."
    )

    @Option(help: "Corpus file or folder.") var corpus: String
    @Option(help: "Longest n-gram, 1 to 4.") var order = 3
    @Option(help: "Where to write the model.") var out: String
    @OptionGroup var tokenizerOptions: TextTokenizerOptions
    @Flag(name: .customLong("json-output"), help: "Print the report as one JSON object.") var jsonOutput = false

    func validate() throws {
        guard (1...4).contains(order) else { throw ValidationError("--order must be 1 to 4, got \(order)") }
    }

    struct Report: Encodable {
        let documents: Int
        let tokens: Int
        let order: Int
        let entries: Int
        let discounts: [Double]
        let bytes: Int
        let seconds: Double
        let out: String
    }

    func run() async throws {
        let tokenizer = try tokenizerOptions.tokenizer()
        let text = try loadCorpus(corpus)
        let started = Date()
        let documents = text.documents.map { tokenizer.encode($0) }
        let model: NGramModel
        do {
            model = try NGramModel.train(
                documents: documents, order: order, vocabularySize: tokenizer.vocabularySize,
                vocabularyFingerprint: tokenizer.vocabularyFingerprint)
            try model.save(to: URL(fileURLWithPath: out))
        } catch { throw CLIError(error.description) }
        let report = Report(
            documents: documents.count, tokens: documents.reduce(0) { $0 + $1.count }, order: order,
            entries: model.entryCount, discounts: model.discounts, bytes: model.serialized().count,
            seconds: Date().timeIntervalSince(started), out: out)
        if jsonOutput {
            print(JSONOutput.render(report))
        } else {
            print("trained order-\(order) n-gram on \(report.documents) documents, \(report.tokens) tokens in \(String(format: "%.1f", report.seconds)) s")
            print("entries: \(report.entries)  discounts: \(report.discounts.map { String(format: "%.3f", $0) }.joined(separator: " "))")
            print("wrote \(report.bytes) bytes to \(out)")
        }
    }
}
