import Foundation
import LanguageModel
import Neuron
import Testing

@Suite("PhraseScorer: the phrase cross-entropy of the true continuation")
struct PhraseScorerTests {
    static let scorer = PhraseScorer(vocabularySize: 1000)
    static let continuation = " them all the way home"
    static let firstToken = " them"

    static func answer(_ phrases: [(String, Double)], remainder: Double) -> PhraseDistribution {
        PhraseDistribution(
            phrases: phrases.map { PredictedPhrase(text: $0.0, probability: $0.1) }, remainder: remainder)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let phrases: [(String, Double)]
        let remainder: Double
        let loss: Double
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "hit on the first token", phrases: [(" them", 0.5), (" the", 0.3)], remainder: 0.2, loss: -log(0.5)),
        Case(label: "hit on a longer phrase", phrases: [(" them all", 0.25)], remainder: 0.75, loss: -log(0.25)),
        Case(label: "best single matching phrase", phrases: [(" them", 0.1), (" them all", 0.4)], remainder: 0.5, loss: -log(0.4)),
        Case(label: "miss pays the remainder over V", phrases: [(" us", 0.6)], remainder: 0.4, loss: -log(0.4 / 1000)),
        Case(label: "empty phrase is no hit", phrases: [("", 0.9)], remainder: 0.1, loss: -log(0.1 / 1000)),
        Case(label: "partial-token phrase is no hit", phrases: [(" th", 0.9)], remainder: 0.1, loss: -log(0.1 / 1000)),
        Case(label: "phrase longer than the continuation", phrases: [(" them all the way home again", 0.9)], remainder: 0.1, loss: -log(0.1 / 1000)),
        Case(label: "phrase that diverges", phrases: [(" them both", 0.9)], remainder: 0.1, loss: -log(0.1 / 1000)),
        Case(label: "whole continuation", phrases: [(" them all the way home", 0.3)], remainder: 0.7, loss: -log(0.3)),
        Case(label: "sum past 1 renormalised", phrases: [(" them", 1.0), (" us", 1.0)], remainder: 0, loss: -log(0.5)),
        Case(label: "no remainder on a miss costs the maximum", phrases: [(" us", 1.0)], remainder: 0, loss: 20),
        Case(label: "zero-probability hit costs the maximum", phrases: [(" them", 0)], remainder: 1, loss: 20),
        Case(label: "nothing listed", phrases: [], remainder: 1, loss: log(1000)),
    ]

    @Test(arguments: cases)
    func tableCase(_ c: Case) {
        let score = Self.scorer.score(
            Self.answer(c.phrases, remainder: c.remainder), continuation: Self.continuation, firstToken: Self.firstToken)
        #expect(abs(score.loss - c.loss) < 1e-12, "\(c.label): \(score)")
    }

    @Test("no answer and invalid answers get the maximum loss", arguments: [Double.nan, -0.1, .infinity])
    func invalid(_ bad: Double) {
        let none = Self.scorer.score(nil, continuation: "x", firstToken: "x")
        #expect(none == PhraseScore(loss: 20, outcome: .noResponse))
        for answer in [Self.answer([(" them", bad)], remainder: 0.5), Self.answer([(" them", 0.5)], remainder: bad)] {
            let score = Self.scorer.score(answer, continuation: Self.continuation, firstToken: Self.firstToken)
            #expect(score.loss == 20)
            guard case .invalid(let reason) = score.outcome else {
                Issue.record("expected invalid, got \(score.outcome)")
                continue
            }
            #expect(reason.contains("not a finite non-negative number"))
        }
    }

    @Test("a multi-byte continuation is matched byte for byte")
    func unicode() {
        let score = Self.scorer.score(
            Self.answer([(" café", 0.5), (" caf", 0.5)], remainder: 0), continuation: " café au lait", firstToken: " caf")
        #expect(score.outcome == .hit(PredictedPhrase(text: " café", probability: 0.5)))
    }
}
