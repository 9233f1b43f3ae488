import LanguageModel

/// The next-phrase synapse: a validator sends a text context, a miner answers with the `topk` most
/// probable next phrases (text, in the miner's own tokenization) with their probabilities and the mass
/// left for everything else. Because the answer is text, scoring does not depend on the miner's
/// tokenizer.
///
/// The equivalent Python class (route `/TextCausalLMNext`):
///
/// ```python
/// class TextCausalLMNext(bt.Synapse):
///     context: str                          # required: sent as bt_header_input_obj_context
///     topk: int = 4096
///     phrases: list[str] = []
///     probabilities: list[float] = []
///     remainder: Optional[float] = None
///     required_hash_fields: ClassVar[tuple[str, ...]] = ("context", "topk")
/// ```
public struct TextCausalLMNext: Synapse, Equatable {
    /// The text before the position to predict: `ValidatorSequenceLength` tokens of the validator's
    /// tokenizer, decoded.
    public var context: String
    /// The largest number of phrases wanted (2022's default 4096).
    public var topk: Int
    /// The answer's phrases, most probable first (empty in a request).
    public var phrases: [String]
    /// The probability of each phrase, in the same order.
    public var probabilities: [Double]
    /// The mass of every phrase not listed; nil until the miner has answered.
    public var remainder: Double?

    /// 2022's default `topk`.
    public static let defaultTopK = 4096

    /// A request for the next phrases after `context`.
    public init(context: String, topk: Int = defaultTopK) {
        self.context = context
        self.topk = topk
        self.phrases = []
        self.probabilities = []
        self.remainder = nil
    }

    /// Python's field names.
    enum CodingKeys: String, CodingKey {
        case context, topk, phrases, probabilities, remainder
    }

    /// `context` has no default in the Python class.
    public static let inputObjectFields: [InputObjectField] = [.string("context")]

    /// The request fields the dendrite signs: `context` and `topk`.
    public var requiredHashFields: [HashField] { [HashField("context", context), HashField("topk", topk)] }

    /// Decodes leniently: every field but `context` may be absent and takes Python's default.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        context = try values.decode(String.self, forKey: .context)
        topk = try values.decodeIfPresent(Int.self, forKey: .topk) ?? Self.defaultTopK
        phrases = try values.decodeIfPresent([String].self, forKey: .phrases) ?? []
        probabilities = try values.decodeIfPresent([Double].self, forKey: .probabilities) ?? []
        remainder = try values.decodeIfPresent(Double.self, forKey: .remainder)
    }

    /// Encodes every field, `remainder` as `null` until answered.
    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(context, forKey: .context)
        try values.encode(topk, forKey: .topk)
        try values.encode(phrases, forKey: .phrases)
        try values.encode(probabilities, forKey: .probabilities)
        try values.encode(remainder, forKey: .remainder)
    }
}
