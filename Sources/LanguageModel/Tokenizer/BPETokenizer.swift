/// A byte-level BPE tokenizer as GPT-2 and SmolLM2 use it.
///
/// Encoding: the pre-tokenizer cuts text into words; each word's UTF-8 bytes start as one token per byte
/// (written with ``ByteUnicodeMap``), then the adjacent pair with the lowest merge rank is merged,
/// leftmost first, until no listed merge applies. Decoding maps each token's characters back to bytes,
/// so `decode(encode(text)) == text` for every string made of bytes the vocabulary has (a byte without a
/// token is dropped: SmolLM2 lacks the ASCII controls 0x04, 0x06, 0x13, 0x14, 0x16 and 0x1D, and the bytes
/// that never occur in UTF-8). Special tokens are never produced by `encode`.
public struct BPETokenizer: TextTokenizer {
    /// The vocabulary strings, indexed by token id (in byte-unicode form).
    public let tokens: [String]
    /// The split applied before merges.
    public let preTokenizer: PreTokenizer
    /// The control tokens (`<|endoftext|>`, `<|im_start|>`, …) by text.
    public let specialTokens: [String: Int]
    /// The beginning-of-sequence token, if the vocabulary has one.
    public let bosID: Int?
    /// The end-of-sequence token, if the vocabulary has one.
    public let eosID: Int?

    private let tokenBytes: [[UInt8]]
    private let byteTokens: [Int?]
    private let merges: [UInt64: Merge]

    struct Merge {
        let rank: Int
        let result: Int
    }

    /// A tokenizer from its vocabulary, its merges (`"left right"` strings, highest priority first) and
    /// its pre-tokenizer. Throws when a merge is malformed.
    public init(
        tokens: [String], merges: [String], preTokenizer: PreTokenizer, specialTokens: [String: Int] = [:],
        bosID: Int? = nil, eosID: Int? = nil
    ) throws(TokenizerError) {
        var ids: [String: Int] = [:]
        for (id, token) in tokens.enumerated() where ids[token] == nil { ids[token] = id }
        var byteTokens: [Int?] = []
        for character in ByteUnicodeMap.characters { byteTokens.append(ids[String(character)]) }
        var table: [UInt64: Merge] = [:]
        for (rank, merge) in merges.enumerated() {
            let parts = merge.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2 else { throw .malformedMerge(rank: rank, text: merge) }
            guard let left = ids[String(parts[0])], let right = ids[String(parts[1])],
                let result = ids[String(parts[0]) + String(parts[1])]
            else { continue }
            let key = UInt64(left) << 32 | UInt64(right)
            if table[key] == nil { table[key] = Merge(rank: rank, result: result) }
        }
        self.tokens = tokens
        self.preTokenizer = preTokenizer
        self.specialTokens = specialTokens
        self.bosID = bosID
        self.eosID = eosID
        self.tokenBytes = tokens.enumerated().map { id, token in
            specialTokens[token] == id ? Array(token.utf8) : ByteUnicodeMap.decode(token)
        }
        self.byteTokens = byteTokens
        self.merges = table
    }

    /// The number of tokens in the vocabulary.
    public var vocabularySize: Int { tokens.count }

    /// The token ids of `text` (no BOS or other special token added).
    public func encode(_ text: String) -> [Int] {
        var cache: [Substring: [Int]] = [:]
        var result: [Int] = []
        for word in preTokenizer.split(text) {
            if let known = cache[word] {
                result += known
                continue
            }
            let ids = mergeWord(Array(word.utf8))
            cache[word] = ids
            result += ids
        }
        return result
    }

    /// The bytes the tokens stand for; ids outside the vocabulary are skipped.
    public func decodeBytes(_ ids: [Int]) -> [UInt8] {
        var bytes: [UInt8] = []
        for id in ids where tokenBytes.indices.contains(id) { bytes += tokenBytes[id] }
        return bytes
    }

    /// The BPE merges of one word's bytes.
    private func mergeWord(_ bytes: [UInt8]) -> [Int] {
        var symbols = bytes.compactMap { byteTokens[Int($0)] }
        while symbols.count > 1 {
            var best: (index: Int, merge: Merge)?
            for index in 0..<(symbols.count - 1) {
                let key = UInt64(symbols[index]) << 32 | UInt64(symbols[index + 1])
                if let merge = merges[key], merge.rank < best?.merge.rank ?? Int.max { best = (index, merge) }
            }
            guard let best else { break }
            symbols[best.index] = best.merge.result
            symbols.remove(at: best.index + 1)
        }
        return symbols
    }
}
