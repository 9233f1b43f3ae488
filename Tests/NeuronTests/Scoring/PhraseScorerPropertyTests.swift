import Foundation
import LanguageModel
import Neuron
import Testing

/// Seeded random answers: no way of dressing up an honest answer lowers its loss.
@Suite("PhraseScorer properties: repeats, nested phrases and sums past 1 never help")
struct PhraseScorerPropertyTests {
    static let scorer = PhraseScorer(vocabularySize: 5000)
    static let words = [" the", " them", " them all", " them all the", " they", " a", " an", " and", " us", " home"]
    static let continuation = " them all the way home"
    static let firstToken = " them"

    /// An honest answer: distinct phrases whose probabilities and remainder sum to 1.
    static func honest(_ g: inout SeededGenerator, excluding: Set<String> = []) -> PhraseDistribution {
        var pool = words.filter { !excluding.contains($0) }
        let count = 1 + g.uniform(below: pool.count)
        var picked: [String] = []
        for _ in 0..<count { picked.append(pool.remove(at: g.uniform(below: pool.count))) }
        let raw = (0...count).map { _ in 0.01 + g.unitInterval() }
        let sum = raw.reduce(0, +)
        let phrases = zip(picked, raw).map { PredictedPhrase(text: $0, probability: $1 / sum) }
        return PhraseDistribution(phrases: phrases, remainder: raw[count] / sum)
    }

    static func loss(_ answer: PhraseDistribution) -> Double {
        scorer.score(answer, continuation: continuation, firstToken: firstToken).loss
    }

    @Test("repeating listed phrases, at any probability, never lowers the loss", arguments: 0..<200)
    func repeats(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let base = Self.honest(&g)
        var cheat = base
        for _ in 0..<(1 + g.uniform(below: 4)) {
            let copy = base.phrases[g.uniform(below: base.phrases.count)]
            cheat.phrases.append(PredictedPhrase(text: copy.text, probability: g.unitInterval()))
        }
        #expect(Self.loss(cheat) >= Self.loss(base) - 1e-12)
    }

    @Test("splitting a phrase's mass into nested prefixes never lowers the loss", arguments: 0..<200)
    func nested(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let pieces = [" them", " them all", " them all the"]
        var base = Self.honest(&g, excluding: Set(pieces))
        base.phrases.insert(PredictedPhrase(text: " them all the", probability: 0), at: 0)
        let mass = base.phrases.reduce(0) { $0 + $1.probability } + base.remainder
        base.phrases[0].probability = 0.3 * mass
        let target = base.phrases[0]
        var cheat = base
        cheat.phrases.removeFirst()
        let shares = pieces.map { _ in g.unitInterval() + 0.01 }
        let shareSum = shares.reduce(0, +)
        for (piece, share) in zip(pieces, shares) {
            cheat.phrases.append(PredictedPhrase(text: piece, probability: target.probability * share / shareSum))
        }
        #expect(Self.loss(cheat) >= Self.loss(base) - 1e-12)
    }

    @Test("inflating probabilities past a sum of 1 scores as the normalised answer", arguments: 0..<200)
    func inflation(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let base = Self.honest(&g)
        var cheat = base
        for index in cheat.phrases.indices where g.uniform(below: 2) == 0 {
            cheat.phrases[index].probability += 2 * g.unitInterval()
        }
        cheat.phrases[0].probability += 0.5
        let total = cheat.totalMass
        var normalised = cheat
        normalised.phrases = cheat.phrases.map { PredictedPhrase(text: $0.text, probability: $0.probability / total) }
        normalised.remainder = cheat.remainder / total
        #expect(abs(Self.loss(cheat) - Self.loss(normalised)) < 1e-9)
    }

    @Test("scaling every probability up by the same factor never lowers the loss", arguments: 0..<100)
    func scaling(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        let base = Self.honest(&g)
        let factor = 1 + 5 * g.unitInterval()
        let cheat = PhraseDistribution(
            phrases: base.phrases.map { PredictedPhrase(text: $0.text, probability: $0.probability * factor) },
            remainder: base.remainder * factor)
        #expect(Self.loss(cheat) >= Self.loss(base) - 1e-9)
    }
}
