/// An ``NGramModel`` behind the ``NextPhrasePredictor`` protocol: the context is cut into tokens, the
/// model gives the next-token distribution, and its top tokens are decoded into phrases.
public struct NGramPredictor: NextPhrasePredictor {
    /// The model.
    public let model: NGramModel
    /// The tokenizer the model was trained with.
    public let tokenizer: BPETokenizer

    /// Pairs a model with its tokenizer; throws when the tokenizer is not the one it was trained with.
    public init(model: NGramModel, tokenizer: BPETokenizer) throws(NGramError) {
        let fingerprint = tokenizer.vocabularyFingerprint
        guard model.vocabularyFingerprint == fingerprint, model.vocabularySize == tokenizer.vocabularySize else {
            throw .tokenizerMismatch(expected: model.vocabularyFingerprint, actual: fingerprint)
        }
        self.model = model
        self.tokenizer = tokenizer
    }

    /// `ngram(order N)`.
    public var name: String { "ngram(order \(model.order))" }

    /// The `topK` most probable next tokens as phrases.
    public func predict(context: String, topK: Int) async throws(PredictionError) -> PhraseDistribution {
        guard topK > 0 else { throw .invalidTopK(topK) }
        let tokens = tokenizer.encode(context)
        return topPhrases(probabilities: model.distribution(after: tokens), topK: topK, tokenizer: tokenizer)
    }
}
