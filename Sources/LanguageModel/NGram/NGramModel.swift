/// A token n-gram language model with interpolated Kneser-Ney smoothing.
///
/// For order `n`, history `h` (the last `n − 1` tokens) and the shortened history `h′`:
///
///     P(w | h) = max(c(h w) − D_n, 0) / c(h) + D_n · N₁₊(h •) / c(h) · P(w | h′)
///
/// where `c` are raw counts at the highest order and continuation counts (the number of distinct tokens
/// seen before the n-gram) at lower orders, `N₁₊(h •)` is the number of distinct tokens seen after `h`,
/// and `D_n = n₁ / (n₁ + 2 n₂)` (Ney's estimate from the counts seen once and twice). A history never
/// seen falls through to `P(w | h′)`. The unigram level interpolates with the uniform `1 / V`, so every
/// token of the vocabulary has a positive probability and each distribution sums to 1.
public struct NGramModel: Sendable, Equatable {
    /// The longest n-gram counted (1 to 4).
    public let order: Int
    /// The vocabulary size `V` of the tokenizer the model was trained with.
    public let vocabularySize: Int
    /// A fingerprint of that tokenizer's vocabulary, checked when the model is paired with a tokenizer.
    public let vocabularyFingerprint: UInt64
    /// The discount `D_n` for each order, index 0 for unigrams.
    public let discounts: [Double]
    /// For each order (index 0 for unigrams), the followers of every history.
    let levels: [[UInt64: Followers]]

    /// The tokens seen after one history, with their (raw or continuation) counts.
    struct Followers: Sendable, Equatable {
        var tokens: [Int32]
        var counts: [UInt32]
        var total: UInt64
    }

    /// The largest vocabulary the history keys can hold (21 bits per token).
    public static let maximumVocabularySize = 1 << 21

    /// The probability of every token of the vocabulary after `context` (only its last `order − 1`
    /// tokens matter; a shorter context is read as the start of a document); the array has
    /// `vocabularySize` entries and sums to 1.
    public func distribution(after context: [Int]) -> [Double] {
        var probabilities = [Double](repeating: 1 / Double(vocabularySize), count: vocabularySize)
        let known = context.filter { (0..<vocabularySize).contains($0) }.suffix(order - 1)
        let usable = [Int](repeating: vocabularySize, count: order - 1 - known.count) + known
        for level in 0..<order {
            let history = usable.suffix(level)
            guard let followers = levels[level][NGramModel.key(history)], followers.total > 0 else { continue }
            let total = Double(followers.total)
            let discount = discounts[level]
            let backoff = discount * Double(followers.tokens.count) / total
            for index in probabilities.indices { probabilities[index] *= backoff }
            for (token, count) in zip(followers.tokens, followers.counts) {
                probabilities[Int(token)] += max(Double(count) - discount, 0) / total
            }
        }
        return probabilities
    }

    /// The history key: tokens packed 21 bits each, oldest first.
    static func key(_ history: some Collection<Int>) -> UInt64 {
        history.reduce(0) { $0 << 21 | UInt64($1) }
    }
}
