import Foundation

/// A GGUF transformer (SmolLM2-135M) behind the ``NextPhrasePredictor`` protocol: the context is cut
/// with the model's own tokenizer, one prefill gives the next-token logits, their softmax's top tokens
/// are decoded into phrases. Control tokens are never listed; their mass stays in the remainder.
///
/// An actor because the engine keeps a key-value cache and serves one request at a time; a context
/// longer than the engine's cache keeps its last tokens.
public actor TransformerPredictor: NextPhrasePredictor {
    /// `transformer(<architecture>, <layers> layers)`.
    public nonisolated let name: String
    /// The model's tokenizer, read from the same GGUF file.
    public nonisolated let tokenizer: BPETokenizer
    private let transformer: Transformer

    /// Loads tokenizer and weights from one GGUF file.
    public init(file: GGUFFile, threads: Int = 1, contextLength: Int = 512) throws(PredictionError) {
        do { tokenizer = try BPETokenizer(gguf: file) } catch { throw .modelFailed(error.description) }
        do {
            transformer = try Transformer(file: file, threads: threads, contextLength: contextLength)
        } catch { throw .modelFailed("\(error)") }
        name = "transformer(\(file.architecture ?? "unknown"), \(transformer.configuration.layers) layers)"
    }

    /// The `topK` most probable next tokens after `context`, decoded.
    public func predict(context: String, topK: Int) async throws(PredictionError) -> PhraseDistribution {
        guard topK > 0 else { throw .invalidTopK(topK) }
        var tokens = Array(tokenizer.encode(context).suffix(transformer.contextLength))
        if tokens.isEmpty { tokens = [tokenizer.eosID ?? 0] }
        transformer.reset()
        let logits: [Float]
        do { logits = try transformer.prefill(tokens: tokens) } catch { throw .modelFailed("\(error)") }
        var probabilities = TransformerPredictor.softmax(logits)
        for id in tokenizer.specialTokens.values where probabilities.indices.contains(id) { probabilities[id] = 0 }
        return topPhrases(probabilities: probabilities, topK: topK, tokenizer: tokenizer)
    }

    /// The softmax of `logits` in double precision (max-subtracted, so it never overflows).
    static func softmax(_ logits: [Float]) -> [Double] {
        let top = Double(logits.max() ?? 0)
        let exps = logits.map { exp(Double($0) - top) }
        let sum = exps.reduce(0, +)
        return sum > 0 && sum.isFinite ? exps.map { $0 / sum } : exps.map { _ in 1 / Double(max(1, exps.count)) }
    }
}
