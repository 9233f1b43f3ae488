import LanguageModel

extension PhraseScorer {
    /// The loss of a miner's synapse answer for a corpus sample: nil (no answer), an answer that fails
    /// ``TextCausalLMNext/validatedAnswer(_:)``, or the scored distribution. The first token is read
    /// with the validator's `tokenizer`.
    public func score(
        _ response: TextCausalLMNext?, for sample: TextSample, tokenizer: any TextTokenizer,
        limits: TextCausalLMNext.Limits = .init()
    ) -> PhraseScore {
        guard let response else { return PhraseScore(loss: maximumLoss, outcome: .noResponse) }
        do {
            return score(try response.validatedAnswer(limits), for: sample, tokenizer: tokenizer)
        } catch {
            return PhraseScore(loss: maximumLoss, outcome: .invalid(error.description))
        }
    }

    /// The loss of a distribution for a corpus sample.
    public func score(_ answer: PhraseDistribution?, for sample: TextSample, tokenizer: any TextTokenizer) -> PhraseScore {
        let firstToken = sample.continuationTokens.first.map { tokenizer.decode([$0]) } ?? sample.continuation
        return score(answer, continuation: sample.continuation, firstToken: firstToken)
    }
}
