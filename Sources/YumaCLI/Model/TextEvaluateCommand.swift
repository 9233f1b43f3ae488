import ArgumentParser
import Foundation
import LanguageModel
import Neuron

/// `yuma model evaluate`: the average phrase cross-entropy a validator would give a predictor on
/// held-out text.
struct TextEvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score predictors on held-out text with the validator's phrase cross-entropy.",
        discussion: """
            --model takes ngram:FILE, uniform or transformer (the --gguf model), and may be repeated. Samples are drawn with a fixed seed from \
            the corpus (default Corpora/heldout), each a context of --context-tokens tokens and the 8 tokens \
            that follow; the loss of each answer is scored as a validator scores TextCausalLMNext.
            """
    )

    @Option(name: .customLong("model"), help: "ngram:FILE, uniform or transformer (repeatable).") var models: [String] = []
    @Option(help: "Cores the transformer uses.") var threads = 1
    @Option(help: "Held-out corpus file or folder.") var corpus = "Corpora/heldout"
    @Option(help: "Number of samples.") var samples = 200
    @Option(help: "Seed of the sample draw.") var seed: UInt64 = 2022
    @Option(name: .customLong("context-tokens"), help: "Context length in tokens (ValidatorSequenceLength).") var contextTokens = 256
    @Option(help: "Phrases asked of each predictor.") var topk = TextCausalLMNext.defaultTopK
    @OptionGroup var tokenizerOptions: TextTokenizerOptions
    @Flag(name: .customLong("json-output"), help: "Print the results as one JSON object.") var jsonOutput = false

    func validate() throws {
        guard !models.isEmpty else { throw ValidationError("give at least one --model (ngram:FILE or uniform)") }
        for model in models where model != "uniform" && model != "transformer" && !model.hasPrefix("ngram:") {
            throw ValidationError("--model must be ngram:FILE, uniform or transformer, got '\(model)'")
        }
        guard samples > 0, topk > 0, contextTokens > 0 else { throw ValidationError("--samples, --topk and --context-tokens must be positive") }
    }

    struct Report: Encodable {
        let samples: Int
        let seed: UInt64
        let corpus: String
        let results: [Result]
    }

    struct Result: Encodable {
        let model: String
        let meanLoss: Double
        let hitRate: Double
        let failures: Int
        let seconds: Double
    }

    func run() async throws {
        let tokenizer = try tokenizerOptions.tokenizer()
        let drawn: [TextSample]
        do {
            let sampler = try ContextSampler(corpus: try loadCorpus(corpus), tokenizer: tokenizer, contextTokens: contextTokens)
            drawn = sampler.samples(count: samples, seed: seed)
        } catch let error as CorpusError { throw CLIError(error.description) }
        let scorer = PhraseScorer(vocabularySize: tokenizer.vocabularySize)
        var results: [Result] = []
        for spec in models {
            let started = Date()
            let evaluation = try await evaluate(spec, samples: drawn, scorer: scorer, tokenizer: tokenizer)
            results.append(Result(
                model: evaluation.predictor, meanLoss: evaluation.meanLoss, hitRate: evaluation.hitRate,
                failures: evaluation.failures, seconds: Date().timeIntervalSince(started)))
        }
        if jsonOutput {
            print(JSONOutput.render(Report(samples: samples, seed: seed, corpus: corpus, results: results)))
            return
        }
        print("\(samples) samples from \(corpus) (seed \(seed), \(contextTokens)-token contexts, topk \(topk))")
        print("model".padding(toLength: 30, withPad: " ", startingAt: 0) + "  mean loss  hit rate  failures")
        for result in results {
            print(result.model.padding(toLength: 30, withPad: " ", startingAt: 0)
                + String(format: "  %9.4f  %8.3f  %8d", result.meanLoss, result.hitRate, result.failures))
        }
    }

    private func evaluate(
        _ spec: String, samples: [TextSample], scorer: PhraseScorer, tokenizer: BPETokenizer
    ) async throws -> PredictorEvaluation {
        if spec == "uniform" {
            let phrases = (0..<tokenizer.vocabularySize).map { tokenizer.decode([$0]) }
            let uniform = UniformPredictor(phrases: phrases, vocabularySize: tokenizer.vocabularySize)
            return await PredictorEvaluation.run(uniform, samples: samples, topK: topk, scorer: scorer, tokenizer: tokenizer)
        }
        if spec == "transformer" {
            let path = try tokenizerOptions.path()
            do {
                let file = try GGUFFile(contentsOf: URL(fileURLWithPath: path))
                let predictor = try TransformerPredictor(file: file, threads: threads, contextLength: contextTokens + 1)
                return await PredictorEvaluation.run(predictor, samples: samples, topK: topk, scorer: scorer, tokenizer: tokenizer)
            } catch let error as GGUFError { throw CLIError("cannot read \(path): \(error.description)") }
        }
        let path = String(spec.dropFirst("ngram:".count))
        do {
            let predictor = try NGramPredictor(model: NGramModel.load(from: URL(fileURLWithPath: path)), tokenizer: tokenizer)
            return await PredictorEvaluation.run(predictor, samples: samples, topK: topk, scorer: scorer, tokenizer: tokenizer)
        } catch { throw CLIError(error.description) }
    }
}
