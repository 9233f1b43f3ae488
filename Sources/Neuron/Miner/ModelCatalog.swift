import Foundation
import LanguageModel

/// Builds the models a miner can serve by name — `uniform`, `ngram`, `smollm2` — or from a file (a GGUF
/// transformer or a saved n-gram model), and the validator's tokenizer (SmolLM2's BPE, read from the
/// same GGUF file).
public struct ModelCatalog: Sendable {
    /// Where trained n-gram models are kept.
    public let modelsDirectory: String
    /// The training corpus of the n-gram miners.
    public let trainingCorpus: String
    /// Progress lines (training takes a while on first use).
    public let progress: @Sendable (String) -> Void

    /// A catalog keeping models in `modelsDirectory` and training on `trainingCorpus`.
    public init(modelsDirectory: String, trainingCorpus: String, progress: @escaping @Sendable (String) -> Void = { _ in }) {
        self.modelsDirectory = modelsDirectory
        self.trainingCorpus = trainingCorpus
        self.progress = progress
    }

    /// The n-gram order the `ngram` model uses.
    public static let ngramOrder = 3

    /// The SmolLM2 GGUF file, or an error listing where it was looked for.
    public func smolLM2Path() throws(NeuronError) -> String {
        if let path = ModelLocator.smolLM2(modelsDirectory: modelsDirectory) { return path }
        let places = ModelLocator.candidates(
            modelsDirectory: modelsDirectory, environment: ProcessInfo.processInfo.environment)
        throw NeuronError(
            "no \(ModelLocator.smolLM2FileName) found (run scripts/install-model, or set YUMA_SMOLLM2_GGUF); looked in: \(places.joined(separator: ", "))"
        )
    }

    /// The validator's tokenizer: SmolLM2's byte-level BPE.
    public func tokenizer() throws(NeuronError) -> BPETokenizer {
        let path = try smolLM2Path()
        do {
            return try BPETokenizer(gguf: GGUFFile(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw NeuronError("cannot read the tokenizer from \(path): \(error)")
        }
    }

    /// The model named `spec`.
    public func predictor(_ spec: String, tokenizer: BPETokenizer, threads: Int = 1) throws(NeuronError) -> any NextPhrasePredictor {
        switch spec {
        case "uniform":
            let model = try ngram(tokenizer: tokenizer)
            let phrases = model.mostFrequentTokens(TextCausalLMNext.defaultTopK).map { tokenizer.decode([$0]) }
            return UniformPredictor(phrases: phrases, vocabularySize: tokenizer.vocabularySize)
        case "ngram":
            return try ngramPredictor(try ngram(tokenizer: tokenizer), tokenizer: tokenizer)
        case "smollm2":
            return try transformer(path: try smolLM2Path(), tokenizer: tokenizer, threads: threads)
        case let path where path.hasSuffix(".gguf"):
            return try transformer(path: path, tokenizer: tokenizer, threads: threads)
        default:
            guard FileManager.default.fileExists(atPath: spec) else {
                throw NeuronError("unknown model \(spec): use uniform, ngram, smollm2, a .gguf file or a saved n-gram file")
            }
            do {
                return try ngramPredictor(try NGramModel.load(from: URL(fileURLWithPath: spec)), tokenizer: tokenizer)
            } catch {
                throw NeuronError("cannot load the n-gram model \(spec): \(error)")
            }
        }
    }

    func ngramPredictor(_ model: NGramModel, tokenizer: BPETokenizer) throws(NeuronError) -> NGramPredictor {
        do {
            return try NGramPredictor(model: model, tokenizer: tokenizer)
        } catch {
            throw NeuronError("the n-gram model does not fit the tokenizer: \(error)")
        }
    }

    /// The saved `ngram` model, trained on the corpus and saved the first time.
    public func ngram(tokenizer: BPETokenizer) throws(NeuronError) -> NGramModel {
        let url = URL(fileURLWithPath: modelsDirectory).appendingPathComponent("ngram-\(Self.ngramOrder).bin")
        if let saved = try? NGramModel.load(from: url), saved.vocabularyFingerprint == tokenizer.vocabularyFingerprint {
            return saved
        }
        progress("training the \(Self.ngramOrder)-gram model on \(trainingCorpus) (first use only)")
        do {
            let corpus = try TextCorpus.load(from: URL(fileURLWithPath: trainingCorpus))
            let model = try NGramModel.train(corpus: corpus, tokenizer: tokenizer, order: Self.ngramOrder)
            try FileManager.default.createDirectory(atPath: modelsDirectory, withIntermediateDirectories: true)
            try model.save(to: url)
            progress("saved \(url.path)")
            return model
        } catch {
            throw NeuronError("cannot train the n-gram model on \(trainingCorpus): \(error)")
        }
    }

    /// The transformer in the GGUF file at `path`.
    func transformer(path: String, tokenizer _: BPETokenizer, threads: Int) throws(NeuronError) -> any NextPhrasePredictor {
        do {
            let file = try GGUFFile(contentsOf: URL(fileURLWithPath: path))
            return try TransformerPredictor(file: file, threads: threads, contextLength: 1024)
        } catch {
            throw NeuronError("cannot load the transformer \(path): \(error)")
        }
    }

    /// `Corpora/<part>` of the Yuma checkout: next to the working directory or to the `yuma` executable's package.
    public static func corpus(_ part: String) -> String? {
        ModelLocator.searchRoots().map { "\($0)/Corpora/\(part)" }.first { FileManager.default.fileExists(atPath: $0) }
    }
}
