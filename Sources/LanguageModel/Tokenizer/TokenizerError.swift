/// Why a tokenizer could not be built.
public enum TokenizerError: Error, Equatable, CustomStringConvertible {
    /// The GGUF metadata lacks a key or has it with the wrong type.
    case metadata(String)
    /// The tokenizer model (`tokenizer.ggml.model`) is not byte-level BPE.
    case unsupportedModel(String)
    /// The pre-tokenizer (`tokenizer.ggml.pre`) is not one Yuma implements.
    case unsupportedPreTokenizer(String)
    /// A merge is not two tokens separated by one space.
    case malformedMerge(rank: Int, text: String)

    /// A sentence that says what is wrong.
    public var description: String {
        switch self {
        case .metadata(let reason): "the GGUF tokenizer metadata is unusable: \(reason)"
        case .unsupportedModel(let model):
            "the GGUF tokenizer model is '\(model)'; only byte-level BPE ('gpt2') is supported"
        case .unsupportedPreTokenizer(let name):
            "the GGUF pre-tokenizer '\(name)' is not supported (known: gpt2, smollm and their aliases)"
        case .malformedMerge(let rank, let text): "merge \(rank) '\(text)' is not two tokens separated by a space"
        }
    }
}
