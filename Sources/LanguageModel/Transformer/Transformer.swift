import Foundation

/// A llama-architecture transformer (SmolLM2) run from a GGUF file with quantized integer kernels.
///
/// The model keeps a key-value cache: `prefill(tokens:)` appends a prompt, `decode(token:)` one more
/// token, `reset()` empties the cache. Not safe to use from two threads at once; the matrix kernels
/// themselves spread each pass over `threads` cores.
public final class Transformer {
    /// The hyperparameters read from the file.
    public let configuration: TransformerConfiguration
    /// Positions the key-value cache holds.
    public let contextLength: Int
    /// Cores each matrix multiplication is split over (1 or more).
    public var threads: Int
    /// Tokens in the key-value cache: the position the next token takes.
    public internal(set) var position = 0

    let layers: [LayerWeights]
    let tokenEmbedding: QuantizedMatrix
    let outputHead: QuantizedMatrix
    let outputNorm: [Float]
    let rotary: RotaryEmbedding
    let workspace: Workspace

    /// Tokens one forward pass multiplies at once; longer prompts run in chunks of this size.
    public static let batchSize = 64

    /// Loads the model in the GGUF file at `url` with a cache of `contextLength` positions.
    public convenience init(contentsOf url: URL, threads: Int = 1, contextLength: Int = 1024)
        throws(TransformerError)
    {
        let file: GGUFFile
        do { file = try GGUFFile(contentsOf: url) } catch { throw .file(error) }
        try self.init(file: file, threads: threads, contextLength: contextLength)
    }

    /// Loads the model held by an opened GGUF file (its weights are repacked; the file may be released).
    public init(file: GGUFFile, threads: Int = 1, contextLength: Int = 1024) throws(TransformerError) {
        let c = try TransformerConfiguration(file: file)
        configuration = c
        self.contextLength = max(1, min(contextLength, c.trainedContext))
        self.threads = max(1, threads)
        var layers: [LayerWeights] = []
        for index in 0..<c.layers {
            layers.append(try LayerWeights(index: index, file: file, configuration: c))
        }
        self.layers = layers
        func tensor(_ name: String) throws(TransformerError) -> GGUFTensorInfo {
            do { return try file.tensor(named: name) } catch { throw .file(error) }
        }
        tokenEmbedding = try QuantizedMatrix(tensor: try tensor("token_embd.weight"), in: file)
        guard tokenEmbedding.columns == c.embedding else {
            throw .unexpectedShape("token_embd.weight", [tokenEmbedding.columns, tokenEmbedding.rows])
        }
        // Without output.weight the head is tied to the token embedding.
        outputHead =
            file.hasTensor(named: "output.weight")
            ? try QuantizedMatrix(tensor: try tensor("output.weight"), in: file) : tokenEmbedding
        outputNorm = try floatVector(try tensor("output_norm.weight"), in: file, count: c.embedding)
        rotary = RotaryEmbedding(
            dimensions: c.ropeDimensions, base: c.ropeBase, positions: self.contextLength)
        workspace = Workspace(configuration: c, batch: Self.batchSize, capacity: self.contextLength)
    }

    /// Empties the key-value cache so the next prefill starts a new sequence.
    public func reset() { position = 0 }

    /// Appends `tokens` to the sequence and returns the logits that predict the token after the last.
    public func prefill(tokens: [Int]) throws(TransformerError) -> [Float] {
        try check(tokens)
        var start = 0
        while start < tokens.count {
            let end = min(start + Self.batchSize, tokens.count)
            forward(tokens[start..<end], logits: end == tokens.count ? .last : .none)
            start = end
        }
        return Array(UnsafeBufferPointer(start: workspace.logits, count: configuration.vocabulary))
    }

    /// Appends one token and returns the logits that predict the next.
    public func decode(token: Int) throws(TransformerError) -> [Float] {
        try prefill(tokens: [token])
    }

    /// Checks token ids and cache room before anything is written.
    func check(_ tokens: [Int]) throws(TransformerError) {
        guard !tokens.isEmpty else { throw .noTokens }
        if let bad = tokens.first(where: { $0 < 0 || $0 >= configuration.vocabulary }) {
            throw .tokenOutOfRange(bad, vocabulary: configuration.vocabulary)
        }
        guard position + tokens.count <= contextLength else {
            throw .contextFull(needed: position + tokens.count, capacity: contextLength)
        }
    }
}
