/// A tokenizer that turns text into token ids and back.
///
/// `decode(encode(text)) == text` must hold for every string; decoding an arbitrary slice of tokens may
/// cut a multi-byte character, which ``decodeBytes(_:)`` keeps and ``decode(_:)`` repairs with U+FFFD.
public protocol TextTokenizer: Sendable {
    /// The number of token ids (ids run from 0 to `vocabularySize - 1`).
    var vocabularySize: Int { get }
    /// The token ids of `text`, without any special token added.
    func encode(_ text: String) -> [Int]
    /// The bytes the tokens stand for; unknown ids contribute nothing.
    func decodeBytes(_ tokens: [Int]) -> [UInt8]
}

extension TextTokenizer {
    /// The text the tokens stand for; a cut multi-byte character becomes U+FFFD.
    public func decode(_ tokens: [Int]) -> String {
        String(decoding: decodeBytes(tokens), as: UTF8.self)
    }
}
