import LanguageModel
import Testing

@Suite("BPETokenizer merges on a hand-made vocabulary")
struct BPEMergeTests {
    /// All 256 byte tokens, then merged tokens.
    static func tokenizer(merges: [String], extra: [String]) throws -> BPETokenizer {
        let bytes = ByteUnicodeMap.characters.map { String($0) }
        return try BPETokenizer(tokens: bytes + extra, merges: merges, preTokenizer: .gpt2)
    }

    @Test("the lowest-ranked pair merges first, leftmost on ties")
    func rankOrder() throws {
        let t = try Self.tokenizer(merges: ["b c", "a b", "a bc"], extra: ["bc", "ab", "abc"])
        // "abc": "b c" (rank 0) first, then "a bc" → one token.
        #expect(t.encode("abc") == [258])
        // "abab": "a b" twice.
        #expect(t.encode("abab") == [257, 257])
        #expect(t.decode(t.encode("abab abc")) == "abab abc")
    }

    @Test("spaces and newlines are written Ġ and Ċ in the vocabulary")
    func byteMap() {
        #expect(ByteUnicodeMap.characters[32] == "Ġ")
        #expect(ByteUnicodeMap.characters[10] == "Ċ")
        #expect(ByteUnicodeMap.characters[65] == "A")
        #expect(ByteUnicodeMap.decode("ĠhelloĊ") == Array(" hello\n".utf8))
        #expect(ByteUnicodeMap.encode(Array(" é".utf8)) == "ĠÃ©")
    }

    @Test("bytes without a token are dropped, the rest is kept")
    func missingBytes() throws {
        let t = try BPETokenizer(tokens: ["a", "b"], merges: [], preTokenizer: .gpt2)
        #expect(t.encode("a\u{4}b") == [0, 1])
        #expect(t.decode([0, 7, 1]) == "ab")
    }

    @Test("construction errors say what is wrong")
    func errors() {
        #expect(throws: TokenizerError.malformedMerge(rank: 0, text: "abc")) {
            try Self.tokenizer(merges: ["abc"], extra: [])
        }
        #expect(TokenizerError.unsupportedPreTokenizer("x").description.contains("'x' is not supported"))
    }
}
