extension NGramModel {
    /// Trains a model of `order` on a corpus cut into tokens by `tokenizer`.
    public static func train(
        corpus: TextCorpus, tokenizer: BPETokenizer, order: Int
    ) throws(NGramError) -> NGramModel {
        try train(
            documents: corpus.documents.map { tokenizer.encode($0) }, order: order,
            vocabularySize: tokenizer.vocabularySize, vocabularyFingerprint: tokenizer.vocabularyFingerprint)
    }

    /// The number of distinct histories stored at each order, unigrams first.
    public var historyCounts: [Int] { levels.map(\.count) }

    /// The number of stored (history, token) entries over all orders.
    public var entryCount: Int { levels.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.tokens.count } } }

    /// The `count` tokens with the highest unigram (continuation) counts, most frequent first.
    public func mostFrequentTokens(_ count: Int) -> [Int] {
        guard let unigrams = levels.first?[NGramModel.key([Int]())] else { return [] }
        let ranked = zip(unigrams.tokens, unigrams.counts).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return ranked.prefix(max(0, count)).map { Int($0.0) }
    }
}
