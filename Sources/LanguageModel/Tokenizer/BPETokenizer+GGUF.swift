extension BPETokenizer {
    /// The tokenizer described by a GGUF file's metadata: `tokenizer.ggml.model` (must be `gpt2`),
    /// `tokenizer.ggml.pre`, `tokenizer.ggml.tokens`, `tokenizer.ggml.merges` (rank = position),
    /// `tokenizer.ggml.token_type` (type 3 marks control tokens) and the BOS/EOS ids.
    public init(gguf: GGUFFile) throws(TokenizerError) {
        func read<T>(_ key: String, _ body: () throws(GGUFError) -> T) throws(TokenizerError) -> T {
            do { return try body() } catch { throw .metadata("\(error)") }
        }
        let model = try read("tokenizer.ggml.model") { () throws(GGUFError) in try gguf.string("tokenizer.ggml.model") }
        guard model == "gpt2" else { throw .unsupportedModel(model) }
        let preName = gguf.metadata["tokenizer.ggml.pre"]?.stringValue ?? "default"
        guard let pre = PreTokenizer(ggmlName: preName) else { throw .unsupportedPreTokenizer(preName) }
        let tokens = try read("tokens") { () throws(GGUFError) in try gguf.stringArray("tokenizer.ggml.tokens") }
        let merges = try read("merges") { () throws(GGUFError) in try gguf.stringArray("tokenizer.ggml.merges") }
        let types = gguf.metadata["tokenizer.ggml.token_type"]?.integerArrayValue ?? []
        var special: [String: Int] = [:]
        for (id, type) in types.enumerated() where type == 3 && id < tokens.count { special[tokens[id]] = id }
        try self.init(
            tokens: tokens, merges: merges, preTokenizer: pre, specialTokens: special,
            bosID: gguf.metadata["tokenizer.ggml.bos_token_id"]?.integerValue,
            eosID: gguf.metadata["tokenizer.ggml.eos_token_id"]?.integerValue)
    }
}
