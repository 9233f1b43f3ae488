import Foundation
import LanguageModel

/// A GGUF transformer (SmolLM2-135M) behind the ``NextPhrasePredictor`` protocol: the context is cut
/// into the model's tokens (its last `contextLength − 1`), prefilled, and the top tokens of the
/// next-token softmax are decoded into phrases. One request runs at a time: the engine and its KV cache
/// are not shared.
public actor TransformerPredictor: NextPhrasePredictor {
    /// `smollm2` for the shipped file, else the file's name.
    public nonisolated let name: String
    let engine: Transformer
    let tokenizer: BPETokenizer

    /// Loads the model at `path`; `tokenizer` must be the model's own (read from the same file).
    public init(path: String, tokenizer: BPETokenizer, threads: Int = 1, contextLength: Int = 1024) throws(TransformerError) {
        self.engine = try Transformer(contentsOf: URL(fileURLWithPath: path), threads: threads, contextLength: contextLength)
        self.tokenizer = tokenizer
        let file = URL(fileURLWithPath: path).lastPathComponent
        self.name = file == ModelLocator.smolLM2FileName ? "smollm2" : file
    }

    /// The `topK` most probable next tokens after `context`, as phrases.
    public func predict(context: String, topK: Int) async throws(PredictionError) -> PhraseDistribution {
        guard topK > 0 else { throw .invalidTopK(topK) }
        var tokens = tokenizer.encode(context)
        if tokens.count >= engine.contextLength { tokens = Array(tokens.suffix(engine.contextLength - 1)) }
        if tokens.isEmpty, let bos = tokenizer.bosID { tokens = [bos] }
        guard !tokens.isEmpty else { throw .modelFailed("the context has no tokens") }
        let logits: [Float]
        do {
            engine.reset()
            logits = try engine.prefill(tokens: tokens)
        } catch {
            throw .modelFailed("\(error)")
        }
        return topPhrases(probabilities: Self.softmax(logits), topK: topK, tokenizer: tokenizer)
    }

    /// Probabilities from logits, in double precision.
    static func softmax(_ logits: [Float]) -> [Double] {
        let largest = Double(logits.max() ?? 0)
        var exponentials = logits.map { Foundation.exp(Double($0) - largest) }
        let total = exponentials.reduce(0, +)
        guard total > 0, total.isFinite else { return exponentials }
        for index in exponentials.indices { exponentials[index] /= total }
        return exponentials
    }
}
