import ArgumentParser
import Foundation
import LanguageModel

/// `yuma model generate`: greedy continuation of a prompt given as text or as token ids.
struct ModelGenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Continue a prompt greedily with the transformer.")

    @OptionGroup var modelFile: ModelFileOption

    @Option(name: .long, help: "Prompt text (encoded with the model's own tokenizer).")
    var prompt: String?

    @Option(name: .long, help: "Prompt as comma-separated token ids.")
    var promptIds: String?

    @Option(name: .long, help: "Tokens to generate.")
    var tokens = 32

    @Option(name: .long, help: "Cores for the matrix kernels.")
    var threads = 2

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard (prompt == nil) != (promptIds == nil) else {
            throw ValidationError("give exactly one of --prompt TEXT or --prompt-ids 1,2,3")
        }
        if let promptIds, Self.parse(promptIds) == nil {
            throw ValidationError(
                "--prompt-ids must be non-negative integers separated by commas, got '\(promptIds)'")
        }
        guard tokens >= 1, threads >= 1 else {
            throw ValidationError("--tokens and --threads must be at least 1")
        }
    }

    struct Report: Encodable {
        var promptIds: [Int]
        var generatedIds: [Int]
        var text: String
    }

    func run() throws {
        let gguf = try GGUFFile(contentsOf: try modelFile.url())
        let tokenizer = try BPETokenizer(gguf: gguf)
        let ids = try prompt.map { tokenizer.encode($0) } ?? Self.parse(promptIds ?? "") ?? []
        guard !ids.isEmpty else { throw ValidationError("the prompt encodes to no tokens") }
        let model = try Transformer(file: gguf, threads: threads, contextLength: ids.count + tokens + 1)
        var generated: [Int] = []
        var logits = try model.prefill(tokens: ids)
        while generated.count < tokens {
            let next = Transformer.argmax(logits)
            generated.append(next)
            if next == tokenizer.eosID { break }
            if generated.count < tokens { logits = try model.decode(token: next) }
        }
        let text = tokenizer.decode(generated)
        if jsonOutput {
            print(JSONOutput.render(Report(promptIds: ids, generatedIds: generated, text: text)))
        } else {
            print(tokenizer.decode(ids) + text)
        }
    }

    static func parse(_ list: String) -> [Int]? {
        let values = list.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
        return values.compactMap { $0 }
    }
}
