import Foundation
import LanguageModel

/// Scores a ``PhraseDistribution`` by the cross-entropy of the true continuation, in the spirit of the
/// 2022 `phrase_cross_entropy` but closed to the ways of inflating it.
///
/// With `T = max(1, Σ listed probabilities + remainder)` (every listed entry counts, repeats included):
/// - a phrase *matches* when it is a prefix of the continuation text (compared as UTF-8 bytes) and at
///   least as long as the continuation's first token in the validator's tokenizer;
/// - **hit**: the loss is `-ln(p / T)` where `p` is the probability of the best matching phrase,
///   counting each distinct phrase text at its first occurrence only;
/// - **miss**: the loss is `-ln((remainder / T) / V)`: the leftover mass spread evenly over the
///   validator's whole vocabulary of `V` tokens;
/// - every loss is capped at ``maximumLoss``, which is also the loss of no answer or an invalid one
///   (a non-finite or negative probability or remainder); 2022 used 20 for NaN.
///
/// So repeating a phrase, splitting a phrase into nested prefixes, or listing more than a total mass
/// of 1 can never lower the loss below that of the honest answer.
public struct PhraseScorer: Sendable {
    /// The validator's vocabulary size `V`.
    public let vocabularySize: Int
    /// The loss of no answer, an invalid answer, or anything worse.
    public let maximumLoss: Double

    /// A scorer for a validator whose tokenizer has `vocabularySize` tokens.
    public init(vocabularySize: Int, maximumLoss: Double = 20) {
        self.vocabularySize = max(1, vocabularySize)
        self.maximumLoss = maximumLoss
    }

    /// The loss of `answer` (nil: no answer) for the true `continuation`, whose first token in the
    /// validator's tokenizer reads `firstToken`.
    public func score(
        _ answer: PhraseDistribution?, continuation: String, firstToken: String
    ) -> PhraseScore {
        guard let answer else { return PhraseScore(loss: maximumLoss, outcome: .noResponse) }
        if let problem = PhraseScorer.problem(in: answer) {
            return PhraseScore(loss: maximumLoss, outcome: .invalid(problem))
        }
        let total = max(1, answer.totalMass)
        let target = Array(continuation.utf8)
        let minimumLength = max(1, firstToken.utf8.count)
        var seen: Set<String> = []
        var best: PredictedPhrase?
        for phrase in answer.phrases where seen.insert(phrase.text).inserted {
            let bytes = phrase.text.utf8
            guard bytes.count >= minimumLength, target.starts(with: bytes) else { continue }
            if phrase.probability > best?.probability ?? -1 { best = phrase }
        }
        if let best {
            return PhraseScore(loss: capped(-log(best.probability / total)), outcome: .hit(best))
        }
        let floor = answer.remainder / total / Double(vocabularySize)
        return PhraseScore(loss: capped(-log(floor)), outcome: .miss)
    }

    /// What makes an answer unscorable, or nil when its numbers are all finite and non-negative.
    public static func problem(in answer: PhraseDistribution) -> String? {
        guard answer.remainder.isFinite, answer.remainder >= 0 else {
            return "the remainder \(answer.remainder) is not a finite non-negative number"
        }
        for (index, phrase) in answer.phrases.enumerated()
        where !(phrase.probability.isFinite && phrase.probability >= 0) {
            return "phrase \(index) has probability \(phrase.probability), not a finite non-negative number"
        }
        return nil
    }

    private func capped(_ loss: Double) -> Double {
        loss.isNaN ? maximumLoss : min(maximumLoss, max(0, loss))
    }
}

/// The loss of one answer and how it came about.
public struct PhraseScore: Sendable, Equatable {
    /// The cross-entropy in nats, in `[0, maximumLoss]`.
    public let loss: Double
    /// Why the loss is what it is.
    public let outcome: Outcome

    /// A loss and its outcome.
    public init(loss: Double, outcome: Outcome) {
        self.loss = loss
        self.outcome = outcome
    }

    /// How an answer was judged.
    public enum Outcome: Sendable, Equatable {
        /// A listed phrase matched; it is the one credited.
        case hit(PredictedPhrase)
        /// No listed phrase matched; the remainder paid.
        case miss
        /// The answer had unusable numbers; the text says which.
        case invalid(String)
        /// There was no answer.
        case noResponse
    }
}
