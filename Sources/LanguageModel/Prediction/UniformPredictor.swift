/// The "uniform guess" baseline: it knows nothing of the context and gives every one of the
/// `vocabularySize` tokens the same probability `1 / vocabularySize`, listing `phrases` (for example the
/// most frequent tokens of a corpus) first.
public struct UniformPredictor: NextPhrasePredictor {
    /// The phrases listed, in order.
    public let phrases: [String]
    /// The size of the vocabulary the mass is spread over.
    public let vocabularySize: Int

    /// A uniform guess over `vocabularySize` tokens that lists `phrases` (duplicates and empty ones are
    /// dropped).
    public init(phrases: [String], vocabularySize: Int) {
        var seen: Set<String> = []
        self.phrases = phrases.filter { !$0.isEmpty && seen.insert($0).inserted }
        self.vocabularySize = max(1, vocabularySize, self.phrases.count)
    }

    /// `uniform`.
    public var name: String { "uniform" }

    /// The first `topK` phrases, each with probability `1 / vocabularySize`.
    public func predict(context: String, topK: Int) async throws(PredictionError) -> PhraseDistribution {
        guard topK > 0 else { throw .invalidTopK(topK) }
        let each = 1 / Double(vocabularySize)
        let listed = phrases.prefix(topK).map { PredictedPhrase(text: $0, probability: each) }
        return PhraseDistribution(phrases: listed, remainder: max(0, 1 - each * Double(listed.count)))
    }
}
