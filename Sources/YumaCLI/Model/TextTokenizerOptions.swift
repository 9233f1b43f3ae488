import ArgumentParser
import Foundation
import LanguageModel
import Neuron

/// `--gguf PATH`: the GGUF file whose tokenizer the text commands use (SmolLM2-135M by default).
struct TextTokenizerOptions: ParsableArguments {
    @Option(name: .customLong("gguf"), help: "GGUF file whose tokenizer to use (default: the SmolLM2-135M file found by the model locator).")
    var gguf: String?

    /// The GGUF file's path, or an error listing where the default was looked for.
    func path() throws -> String {
        if let gguf { return gguf }
        guard let found = ModelLocator.smolLM2() else {
            let looked = ModelLocator.candidates(modelsDirectory: nil, environment: ProcessInfo.processInfo.environment)
            throw CLIError("no SmolLM2 GGUF file found (looked at \(looked.joined(separator: ", "))); pass --gguf PATH or run scripts/install-test-deps")
        }
        return found
    }

    /// The tokenizer read from the GGUF metadata.
    func tokenizer() throws -> BPETokenizer {
        let path = try path()
        do { return try BPETokenizer(gguf: GGUFFile(contentsOf: URL(fileURLWithPath: path))) } catch let error as GGUFError {
            throw CLIError("cannot read \(path): \(error.description)")
        } catch let error as TokenizerError {
            throw CLIError("cannot read the tokenizer of \(path): \(error.description)")
        }
    }
}

/// Reads a corpus file or folder, turning its error into a CLI message.
func loadCorpus(_ path: String) throws -> TextCorpus {
    do { return try TextCorpus.load(from: URL(fileURLWithPath: path)) } catch { throw CLIError(error.description) }
}
