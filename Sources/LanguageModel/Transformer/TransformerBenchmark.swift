/// Measures prefill and decode speed of a transformer, the figures `yuma model bench` prints.
public enum TransformerBenchmark {
    /// The speed at one thread count.
    public struct Result: Equatable, Sendable, Codable {
        /// Cores the kernels used.
        public var threads: Int
        /// Prompt tokens per second of one batched prefill from an empty cache.
        public var prefillTokensPerSecond: Double
        /// Tokens per second of one-at-a-time decoding after the prompt.
        public var decodeTokensPerSecond: Double
    }

    /// Runs `runs` rounds of a `promptTokens` prefill then `decodeTokens` greedy decodes for each thread
    /// count and keeps each count's fastest round (the least disturbed by other work on the machine).
    public static func run(
        _ model: Transformer, threads: [Int], promptTokens: Int, decodeTokens: Int, runs: Int = 3
    ) throws(TransformerError) -> [Result] {
        let vocabulary = model.configuration.vocabulary
        let prompt = (0..<promptTokens).map { (1000 + $0 * 7919) % vocabulary }
        var results: [Result] = []
        let clock = ContinuousClock()
        for count in threads {
            model.threads = max(1, count)
            model.reset()
            _ = try model.prefill(tokens: Array(prompt.prefix(8)))  // warm caches and the thread pool
            var best = Result(threads: model.threads, prefillTokensPerSecond: 0, decodeTokensPerSecond: 0)
            for _ in 0..<max(1, runs) {
                model.reset()
                let start = clock.now
                var logits = try model.prefill(tokens: prompt)
                let prefilled = clock.now
                for _ in 0..<decodeTokens {
                    logits = try model.decode(token: Transformer.argmax(logits))
                }
                let decoded = clock.now
                best.prefillTokensPerSecond = max(
                    best.prefillTokensPerSecond, Double(promptTokens) / seconds(prefilled - start))
                best.decodeTokensPerSecond = max(
                    best.decodeTokensPerSecond, Double(decodeTokens) / seconds(decoded - prefilled))
            }
            results.append(best)
        }
        return results
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return max(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18, 1e-9)
    }
}
