/// The weights of one transformer block, repacked for the kernels.
struct LayerWeights: Sendable {
    let attentionNorm: [Float]
    let query: QuantizedMatrix
    let key: QuantizedMatrix
    let value: QuantizedMatrix
    let attentionOutput: QuantizedMatrix
    let feedForwardNorm: [Float]
    let gate: QuantizedMatrix
    let up: QuantizedMatrix
    let down: QuantizedMatrix

    /// Loads block `index` (`blk.<index>.*`) of `file` and checks every shape against `configuration`.
    init(index: Int, file: GGUFFile, configuration c: TransformerConfiguration) throws(TransformerError) {
        let prefix = "blk.\(index)."
        func info(_ name: String) throws(TransformerError) -> GGUFTensorInfo {
            do { return try file.tensor(named: prefix + name + ".weight") } catch { throw .file(error) }
        }
        func matrix(_ name: String, rows: Int, columns: Int) throws(TransformerError) -> QuantizedMatrix {
            let tensor = try info(name)
            guard tensor.dimensions == [columns, rows] else {
                throw .unexpectedShape(tensor.name, tensor.dimensions)
            }
            return try QuantizedMatrix(tensor: tensor, in: file)
        }
        attentionNorm = try floatVector(try info("attn_norm"), in: file, count: c.embedding)
        query = try matrix("attn_q", rows: c.embedding, columns: c.embedding)
        key = try matrix("attn_k", rows: c.keyValueWidth, columns: c.embedding)
        value = try matrix("attn_v", rows: c.keyValueWidth, columns: c.embedding)
        attentionOutput = try matrix("attn_output", rows: c.embedding, columns: c.embedding)
        feedForwardNorm = try floatVector(try info("ffn_norm"), in: file, count: c.embedding)
        gate = try matrix("ffn_gate", rows: c.feedForward, columns: c.embedding)
        up = try matrix("ffn_up", rows: c.feedForward, columns: c.embedding)
        down = try matrix("ffn_down", rows: c.embedding, columns: c.feedForward)
    }
}
