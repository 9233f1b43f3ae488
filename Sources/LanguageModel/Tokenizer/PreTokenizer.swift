/// The split of text into words before BPE merges, chosen by the GGUF key `tokenizer.ggml.pre`.
///
/// - `gpt2`: GPT-2's pattern `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`.
/// - `smollm` (also StarCoder and others): every number character (`\p{N}`) is first cut out as a word of
///   its own, then the GPT-2 pattern runs inside each piece.
///
/// Both are implemented by hand on Unicode scalars; categories come from Swift's Unicode tables.
public enum PreTokenizer: String, Sendable, CaseIterable {
    /// GPT-2's split.
    case gpt2
    /// Single digits, then GPT-2's split.
    case smollm

    /// The pre-tokenizer for a `tokenizer.ggml.pre` value, or nil when Yuma does not know it.
    public init?(ggmlName: String) {
        switch ggmlName {
        case "gpt-2", "gpt2", "default", "mpt", "olmo", "jais": self = .gpt2
        case "smollm", "starcoder", "refact", "command-r", "codeshell", "exaone", "minerva-7b": self = .smollm
        default: return nil
        }
    }

    /// The words of `text`, in order; joined they give `text` back.
    public func split(_ text: String) -> [Substring] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        switch self {
        case .gpt2:
            GPT2Split.split(scalars, in: 0..<scalars.count, into: &ranges)
        case .smollm:
            var start = 0
            for (index, scalar) in scalars.enumerated() where ScalarClass(scalar) == .number {
                GPT2Split.split(scalars, in: start..<index, into: &ranges)
                ranges.append(index..<index + 1)
                start = index + 1
            }
            GPT2Split.split(scalars, in: start..<scalars.count, into: &ranges)
        }
        var words: [Substring] = []
        var index = text.unicodeScalars.startIndex
        for range in ranges {
            let end = text.unicodeScalars.index(index, offsetBy: range.count)
            words.append(Substring(text.unicodeScalars[index..<end]))
            index = end
        }
        return words
    }
}

/// The classes the GPT-2 pattern distinguishes.
enum ScalarClass: Equatable {
    case letter, number, whitespace, other

    init(_ scalar: Unicode.Scalar) {
        if scalar.properties.isWhitespace {
            self = .whitespace
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: self = .letter
        case .decimalNumber, .letterNumber, .otherNumber: self = .number
        default: self = .other
        }
    }
}
