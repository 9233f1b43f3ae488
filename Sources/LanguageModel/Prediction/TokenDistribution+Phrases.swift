/// Turns a next-token probability vector into a ``PhraseDistribution``: the `topK` most probable tokens,
/// each decoded to its text, and the mass of all the others as the remainder.
///
/// Tokens that decode to the same text (rare, such as two byte-fallback tokens) are merged into one
/// phrase with their summed probability; tokens that decode to no text are left in the remainder.
public func topPhrases(
    probabilities: [Double], topK: Int, tokenizer: any TextTokenizer
) -> PhraseDistribution {
    let k = max(0, min(topK, probabilities.count))
    let top = probabilities.indices.sorted {
        probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1
    }.prefix(k)
    var order: [String] = []
    var mass: [String: Double] = [:]
    var listed = 0.0
    for token in top {
        let text = tokenizer.decode([token])
        let p = max(0, probabilities[token])
        guard !text.isEmpty, p.isFinite else { continue }
        if mass[text] == nil { order.append(text) }
        mass[text, default: 0] += p
        listed += p
    }
    let phrases = order.map { PredictedPhrase(text: $0, probability: mass[$0] ?? 0) }
    return PhraseDistribution(phrases: phrases, remainder: max(0, 1 - listed))
}
