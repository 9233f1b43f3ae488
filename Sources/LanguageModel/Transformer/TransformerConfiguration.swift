/// The hyperparameters of a llama-architecture transformer, read from GGUF metadata.
public struct TransformerConfiguration: Equatable, Sendable {
    /// Transformer blocks (`llama.block_count`).
    public var layers: Int
    /// Width of the residual stream (`llama.embedding_length`).
    public var embedding: Int
    /// Hidden width of the feed-forward network (`llama.feed_forward_length`).
    public var feedForward: Int
    /// Query heads (`llama.attention.head_count`).
    public var heads: Int
    /// Key/value heads, fewer than query heads for grouped-query attention (`…head_count_kv`).
    public var keyValueHeads: Int
    /// Tokens in the vocabulary (rows of `token_embd.weight`).
    public var vocabulary: Int
    /// Longest context the model was trained for (`llama.context_length`).
    public var trainedContext: Int
    /// RoPE base frequency θ (`llama.rope.freq_base`, 10000 when absent).
    public var ropeBase: Double
    /// Dimensions of each head that RoPE rotates (`llama.rope.dimension_count`, the head size when absent).
    public var ropeDimensions: Int
    /// RMSNorm epsilon (`llama.attention.layer_norm_rms_epsilon`).
    public var rmsEpsilon: Float

    /// Floats per head.
    public var headSize: Int { embedding / heads }
    /// Width of the key and value projections.
    public var keyValueWidth: Int { keyValueHeads * headSize }

    /// Reads the hyperparameters of `file` and checks them against each other.
    public init(file: GGUFFile) throws(TransformerError) {
        let architecture = file.architecture ?? "(none)"
        guard architecture == "llama" else { throw .unsupportedArchitecture(architecture) }
        func integer(_ key: String) throws(TransformerError) -> Int {
            do { return try file.integer("llama." + key) } catch { throw .file(error) }
        }
        layers = try integer("block_count")
        embedding = try integer("embedding_length")
        feedForward = try integer("feed_forward_length")
        heads = try integer("attention.head_count")
        keyValueHeads = (try? file.integer("llama.attention.head_count_kv")) ?? heads
        trainedContext = (try? file.integer("llama.context_length")) ?? 2048
        ropeBase = (try? file.float("llama.rope.freq_base")) ?? 10_000
        do { rmsEpsilon = Float(try file.float("llama.attention.layer_norm_rms_epsilon")) } catch {
            throw .file(error)
        }
        do { vocabulary = try file.tensor(named: "token_embd.weight").rowCount } catch { throw .file(error) }
        ropeDimensions = 0
        guard heads > 0, embedding % heads == 0 else {
            throw .invalidHyperparameter(
                "llama.attention.head_count", reason: "\(heads) does not divide \(embedding)")
        }
        guard keyValueHeads > 0, heads % keyValueHeads == 0 else {
            throw .invalidHyperparameter(
                "llama.attention.head_count_kv", reason: "\(keyValueHeads) does not divide \(heads)")
        }
        ropeDimensions = (try? file.integer("llama.rope.dimension_count")) ?? headSize
        guard ropeDimensions > 0, ropeDimensions <= headSize, ropeDimensions % 2 == 0 else {
            throw .invalidHyperparameter(
                "llama.rope.dimension_count", reason: "\(ropeDimensions) for heads of \(headSize)")
        }
        guard embedding % 32 == 0, feedForward % 32 == 0, headSize % 16 == 0 else {
            throw .invalidHyperparameter("llama.embedding_length", reason: "widths must be multiples of 32")
        }
    }
}
