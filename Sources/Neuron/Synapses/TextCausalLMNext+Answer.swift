import LanguageModel

extension TextCausalLMNext {
    /// Limits an axon and a validator enforce on this synapse.
    public struct Limits: Sendable, Equatable {
        /// The largest `topk` a request may ask for.
        public var maximumTopK: Int
        /// The longest context, in UTF-8 bytes.
        public var maximumContextBytes: Int
        /// The longest phrase, in UTF-8 bytes (a phrase is one or a few tokens).
        public var maximumPhraseBytes: Int

        /// The defaults: `topk` ≤ 4096, contexts ≤ 64 KiB, phrases of 1 to 256 bytes.
        public init(maximumTopK: Int = 4096, maximumContextBytes: Int = 65536, maximumPhraseBytes: Int = 256) {
            self.maximumTopK = maximumTopK
            self.maximumContextBytes = maximumContextBytes
            self.maximumPhraseBytes = maximumPhraseBytes
        }
    }

    /// Checks a request before a miner runs its model on it.
    public func validateRequest(_ limits: Limits = Limits()) throws(TextCausalLMNextError) {
        guard (1...limits.maximumTopK).contains(topk) else {
            throw .topKOutOfRange(topk: topk, maximum: limits.maximumTopK)
        }
        guard context.utf8.count <= limits.maximumContextBytes else {
            throw .contextTooLong(bytes: context.utf8.count, maximum: limits.maximumContextBytes)
        }
    }

    /// This request answered with `distribution`, cut to `topk` phrases (what did not fit joins the
    /// remainder).
    public func answered(with distribution: PhraseDistribution) -> TextCausalLMNext {
        var answer = self
        let kept = distribution.phrases.prefix(max(0, topk))
        let dropped = distribution.phrases.dropFirst(kept.count).reduce(0) { $0 + max(0, $1.probability) }
        answer.phrases = kept.map(\.text)
        answer.probabilities = kept.map(\.probability)
        answer.remainder = distribution.remainder + dropped
        return answer
    }

    /// Runs `predictor` on this request and returns the answered synapse.
    public func answer(
        using predictor: some NextPhrasePredictor, limits: Limits = Limits()
    ) async throws(TextCausalLMNextError) -> TextCausalLMNext {
        try validateRequest(limits)
        do {
            return answered(with: try await predictor.predict(context: context, topK: topk))
        } catch {
            throw .predictionFailed(error.description)
        }
    }

    /// The answer as a distribution, after checking it: a remainder is present, one probability per
    /// phrase, at most `topk` phrases, every probability and the remainder finite and non-negative, every
    /// phrase 1 to `maximumPhraseBytes` bytes long.
    public func validatedAnswer(_ limits: Limits = Limits()) throws(TextCausalLMNextError) -> PhraseDistribution {
        guard let remainder else { throw .noAnswer }
        guard phrases.count == probabilities.count else {
            throw .countMismatch(phrases: phrases.count, probabilities: probabilities.count)
        }
        guard phrases.count <= topk else { throw .tooManyPhrases(count: phrases.count, topk: topk) }
        guard remainder.isFinite, remainder >= 0 else { throw .invalidRemainder(remainder) }
        for (index, (phrase, probability)) in zip(phrases, probabilities).enumerated() {
            guard probability.isFinite, probability >= 0 else { throw .invalidProbability(index: index, value: probability) }
            guard (1...limits.maximumPhraseBytes).contains(phrase.utf8.count) else {
                throw .phraseLength(index: index, bytes: phrase.utf8.count, maximum: limits.maximumPhraseBytes)
            }
        }
        let listed = zip(phrases, probabilities).map { PredictedPhrase(text: $0, probability: $1) }
        return PhraseDistribution(phrases: listed, remainder: remainder)
    }
}
