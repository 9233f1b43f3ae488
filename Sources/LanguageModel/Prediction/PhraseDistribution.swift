/// One predicted continuation phrase and the probability the predictor gives it.
public struct PredictedPhrase: Sendable, Equatable, Hashable, Codable {
    /// The phrase text: one or more tokens of the predictor's own tokenizer, decoded.
    public var text: String
    /// The probability that the text continues with this phrase, in `[0, 1]`.
    public var probability: Double

    /// A phrase with its probability.
    public init(text: String, probability: Double) {
        self.text = text
        self.probability = probability
    }
}

/// A next-token distribution expressed as text: the top phrases with their probabilities and the mass
/// left over for everything not listed.
///
/// An honest distribution has non-negative probabilities with `sum + remainder == 1`; a scorer must
/// not trust that (see the Neuron module's `PhraseScorer`).
public struct PhraseDistribution: Sendable, Equatable, Codable {
    /// The listed phrases, most probable first.
    public var phrases: [PredictedPhrase]
    /// The probability mass of every continuation not listed.
    public var remainder: Double

    /// A distribution with the given phrases and leftover mass.
    public init(phrases: [PredictedPhrase], remainder: Double) {
        self.phrases = phrases
        self.remainder = remainder
    }

    /// The listed phrases' probabilities plus the remainder.
    public var totalMass: Double { phrases.reduce(remainder) { $0 + $1.probability } }
}
