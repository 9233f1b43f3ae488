import ArgumentParser
import Foundation
import LanguageModel

/// `yuma model bench`: prefill and decode tokens per second of the transformer at each thread count.
struct ModelBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure transformer prefill and decode speed.",
        discussion: """
            Prefills --prompt-tokens tokens in batches, then decodes --decode-tokens tokens one at a \
            time, --runs times per thread count, and prints the fastest round. Build with -c release \
            (and -target-cpu haswell or better) for real figures; Benchmarks/model/llama_cpp_bench.py \
            measures llama.cpp the same way.
            """)

    @OptionGroup var modelFile: ModelFileOption

    @Option(name: .long, help: "Comma-separated thread counts.")
    var threads = "1,2"

    @Option(name: .long, help: "Prompt length of the prefill.")
    var promptTokens = 128

    @Option(name: .long, help: "Tokens decoded one at a time after the prompt.")
    var decodeTokens = 64

    @Option(name: .long, help: "Rounds per thread count; the fastest is reported.")
    var runs = 3

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    var threadCounts: [Int] {
        threads.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        let counts = threadCounts
        guard !counts.isEmpty, counts.count == threads.split(separator: ",").count,
            counts.allSatisfy({ $0 >= 1 })
        else {
            throw ValidationError("--threads must be positive integers separated by commas, got '\(threads)'")
        }
        guard promptTokens >= 1, decodeTokens >= 1, runs >= 1 else {
            throw ValidationError("--prompt-tokens, --decode-tokens and --runs must be at least 1")
        }
    }

    struct Report: Encodable {
        var model: String
        var promptTokens: Int
        var decodeTokens: Int
        var results: [TransformerBenchmark.Result]
    }

    func run() throws {
        let url = try modelFile.url()
        let model = try Transformer(
            contentsOf: url, threads: 1, contextLength: promptTokens + decodeTokens + 8)
        let results = try TransformerBenchmark.run(
            model, threads: threadCounts, promptTokens: promptTokens, decodeTokens: decodeTokens, runs: runs)
        if jsonOutput {
            print(
                JSONOutput.render(
                    Report(
                        model: url.path, promptTokens: promptTokens, decodeTokens: decodeTokens,
                        results: results)))
            return
        }
        print(
            "yuma transformer, \(url.lastPathComponent): prompt \(promptTokens) tokens, decode \(decodeTokens) tokens"
        )
        print("threads  prefill tok/s  decode tok/s")
        for result in results {
            print(
                String(
                    format: "%7d  %13.1f  %12.1f", result.threads, result.prefillTokensPerSecond,
                    result.decodeTokensPerSecond))
        }
    }
}
