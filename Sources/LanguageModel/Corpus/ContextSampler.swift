/// A context drawn from a corpus and the tokens that really follow it.
public struct TextSample: Sendable, Equatable {
    /// The context as text (the decoded context tokens).
    public let context: String
    /// The true continuation as text (the decoded continuation tokens).
    public let continuation: String
    /// The context tokens.
    public let contextTokens: [Int]
    /// The continuation tokens (the validator's held-out tokens).
    public let continuationTokens: [Int]
    /// The index of the document the sample comes from.
    public let document: Int
    /// The token position in that document where the continuation starts.
    public let position: Int

    /// A sample with all its parts.
    public init(
        context: String, continuation: String, contextTokens: [Int], continuationTokens: [Int], document: Int,
        position: Int
    ) {
        self.context = context
        self.continuation = continuation
        self.contextTokens = contextTokens
        self.continuationTokens = continuationTokens
        self.document = document
        self.position = position
    }
}

/// Draws deterministic, seeded samples of (context, continuation) from a tokenized corpus.
///
/// Every token position `p` of every document with at least `minimumContextTokens` tokens before it
/// and `continuationTokens` tokens from it on is equally likely. The context is the up to
/// `contextTokens` tokens before `p` (as in 2022, `ValidatorSequenceLength`), the continuation the
/// `continuationTokens` tokens from `p` (2022 held out 8).
public struct ContextSampler: Sendable {
    /// The tokenizer that cuts documents into tokens.
    public let tokenizer: any TextTokenizer
    /// The largest number of context tokens.
    public let contextTokens: Int
    /// The number of continuation tokens.
    public let continuationTokens: Int
    /// The smallest number of context tokens a sample has.
    public let minimumContextTokens: Int
    private let documents: [[Int]]
    private let cumulativePositions: [Int]

    /// Tokenizes every document once; throws when no document is long enough for one sample.
    public init(
        corpus: TextCorpus, tokenizer: any TextTokenizer, contextTokens: Int = 256,
        continuationTokens: Int = 8, minimumContextTokens: Int = 16
    ) throws(CorpusError) {
        self.tokenizer = tokenizer
        self.contextTokens = max(1, contextTokens)
        self.continuationTokens = max(1, continuationTokens)
        self.minimumContextTokens = max(1, min(minimumContextTokens, self.contextTokens))
        documents = corpus.documents.map { tokenizer.encode($0) }
        var total = 0
        var cumulative: [Int] = []
        for tokens in documents {
            total += max(0, tokens.count - self.minimumContextTokens - self.continuationTokens + 1)
            cumulative.append(total)
        }
        guard total > 0 else {
            throw .noDocumentLongEnough(neededTokens: self.minimumContextTokens + self.continuationTokens)
        }
        cumulativePositions = cumulative
    }

    /// The number of distinct samples the corpus offers.
    public var positionCount: Int { cumulativePositions.last ?? 0 }

    /// `count` samples fixed by `seed`.
    public func samples(count: Int, seed: UInt64) -> [TextSample] {
        var generator = SeededGenerator(seed: seed)
        return (0..<max(0, count)).map { _ in sample(using: &generator) }
    }

    /// One sample drawn with `generator`.
    public func sample(using generator: inout SeededGenerator) -> TextSample {
        let draw = generator.uniform(below: positionCount)
        var low = 0
        var high = cumulativePositions.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulativePositions[middle] > draw { high = middle } else { low = middle + 1 }
        }
        let before = low == 0 ? 0 : cumulativePositions[low - 1]
        let position = minimumContextTokens + (draw - before)
        return sample(document: low, position: position)
    }

    /// The sample whose continuation starts at token `position` of document `document`.
    public func sample(document: Int, position: Int) -> TextSample {
        let tokens = documents[document]
        let context = Array(tokens[max(0, position - contextTokens)..<position])
        let continuation = Array(tokens[position..<min(tokens.count, position + continuationTokens)])
        return TextSample(
            context: tokenizer.decode(context), continuation: tokenizer.decode(continuation),
            contextTokens: context, continuationTokens: continuation, document: document, position: position)
    }
}
