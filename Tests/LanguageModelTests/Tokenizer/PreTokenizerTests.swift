import LanguageModel
import Testing

@Suite("PreTokenizer: GPT-2's split and SmolLM's digit split, by hand")
struct PreTokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pre: PreTokenizer
        let text: String
        let words: [String]
        var testDescription: String { "\(pre) \(text.debugDescription)" }
    }

    static let cases: [Case] = [
        Case(pre: .gpt2, text: "Hello world", words: ["Hello", " world"]),
        Case(pre: .gpt2, text: "don't I'll WE'RE", words: ["don", "'t", " I", "'ll", " WE", "'", "RE"]),
        Case(pre: .gpt2, text: "a  b", words: ["a", " ", " b"]),
        Case(pre: .gpt2, text: "a \n\n b", words: ["a", " \n\n", " b"]),
        Case(pre: .gpt2, text: "x\t\ty", words: ["x", "\t", "\t", "y"]),
        Case(pre: .gpt2, text: "end  ", words: ["end", "  "]),
        Case(pre: .gpt2, text: "1999 and 42", words: ["1999", " and", " 42"]),
        Case(pre: .gpt2, text: "wow!!! ?'s", words: ["wow", "!!!", " ?'", "s"]),
        Case(pre: .gpt2, text: "café 日本", words: ["café", " 日本"]),
        Case(pre: .smollm, text: "in 1999.", words: ["in", " ", "1", "9", "9", "9", "."]),
        Case(pre: .smollm, text: "x2y", words: ["x", "2", "y"]),
        Case(pre: .smollm, text: "½ ②", words: ["½", " ", "②"]),
        Case(pre: .smollm, text: "", words: []),
    ]

    @Test(arguments: cases)
    func split(_ c: Case) {
        let words = c.pre.split(c.text).map(String.init)
        #expect(words == c.words)
        #expect(words.joined() == c.text)
    }

    @Test("GGUF pre-tokenizer names", arguments: [("smollm", PreTokenizer.smollm), ("gpt-2", .gpt2), ("default", .gpt2)])
    func names(_ pair: (String, PreTokenizer)) {
        #expect(PreTokenizer(ggmlName: pair.0) == pair.1)
        #expect(PreTokenizer(ggmlName: "llama-bpe") == nil)
    }
}
