extension NGramModel {
    /// Trains a model of `order` on already tokenized documents. N-grams never cross documents; each
    /// document starts after `order − 1` virtual start tokens (id `vocabularySize`), so its first tokens
    /// count too, under histories that say "start of a document".
    public static func train(
        documents: [[Int]], order: Int, vocabularySize: Int, vocabularyFingerprint: UInt64 = 0
    ) throws(NGramError) -> NGramModel {
        guard (1...4).contains(order) else { throw .unsupportedOrder(order) }
        guard (1..<maximumVocabularySize).contains(vocabularySize) else {
            throw .unsupportedVocabularySize(vocabularySize)
        }
        let start = vocabularySize  // the virtual start token, outside the vocabulary
        var top: [[Int]: UInt32] = [:]
        for document in documents {
            guard !document.isEmpty else { continue }
            if let bad = document.first(where: { !(0..<vocabularySize).contains($0) }) {
                throw .tokenOutOfRange(token: bad, vocabularySize: vocabularySize)
            }
            let padded = [Int](repeating: start, count: order - 1) + document
            for end in (order - 1)..<padded.count {
                top[Array(padded[(end - order + 1)...end]), default: 0] += 1
            }
        }
        guard !top.isEmpty else { throw .emptyCorpus }
        // Counts per order: raw at the top, continuation counts (distinct left neighbours) below.
        var counts: [[[Int]: UInt32]] = Array(repeating: [:], count: order)
        counts[order - 1] = top
        for level in stride(from: order - 1, to: 0, by: -1) {
            for gram in counts[level].keys {
                counts[level - 1][Array(gram.dropFirst()), default: 0] += 1
            }
        }
        var levels: [[UInt64: Followers]] = []
        var discounts: [Double] = []
        for level in 0..<order {
            var table: [UInt64: Followers] = [:]
            var once = 0.0
            var twice = 0.0
            for (gram, count) in counts[level] {
                guard let token = gram.last, token != start else { continue }
                if count == 1 { once += 1 } else if count == 2 { twice += 1 }
                let historyKey = key(gram.dropLast())
                table[historyKey, default: Followers(tokens: [], counts: [], total: 0)].append(token, count)
            }
            for key in table.keys { table[key]?.sortByToken() }
            levels.append(table)
            discounts.append(once + twice > 0 ? min(0.95, max(0.05, once / (once + 2 * twice))) : 0.5)
        }
        return NGramModel(
            order: order, vocabularySize: vocabularySize, vocabularyFingerprint: vocabularyFingerprint,
            discounts: discounts, levels: levels)
    }
}

extension NGramModel.Followers {
    mutating func append(_ token: Int, _ count: UInt32) {
        tokens.append(Int32(token))
        counts.append(count)
        total += UInt64(count)
    }

    mutating func sortByToken() {
        let order = tokens.indices.sorted { tokens[$0] < tokens[$1] }
        tokens = order.map { tokens[$0] }
        counts = order.map { counts[$0] }
    }
}
