extension Transformer {
    /// Which positions of a pass get logits.
    enum LogitRows { case none, last, all }

    /// Runs `tokens` (at most `batchSize`, already checked) through every layer at the current position,
    /// appends their keys and values to the cache, and writes the requested logits to the workspace.
    func forward(_ tokens: ArraySlice<Int>, logits rows: LogitRows) {
        let c = configuration
        let w = workspace
        let n = tokens.count
        let d = c.embedding
        for (index, token) in tokens.enumerated() {
            tokenEmbedding.dequantizeRow(token, into: w.residual + index * d)
        }
        for (index, layer) in layers.enumerated() {
            attentionBlock(layer, layerIndex: index, tokens: n)
            feedForwardBlock(layer, tokens: n)
        }
        position += n
        let first: Int
        switch rows {
        case .none: return
        case .last: first = n - 1
        case .all: first = 0
        }
        for index in first..<n {
            VectorMath.rmsNorm(
                w.residual + index * d, weight: outputNorm, epsilon: c.rmsEpsilon, count: d,
                into: w.normed + (index - first) * d)
        }
        w.embeddingInput.quantize(w.normed, tokens: n - first)
        multiply(outputHead, w.embeddingInput, into: w.logits, threads: threads)
    }

    /// `x += Wo · attention(rope(Wq · norm(x)), rope(Wk · norm(x)), Wv · norm(x))` for `n` tokens.
    private func attentionBlock(_ layer: LayerWeights, layerIndex: Int, tokens n: Int) {
        let c = configuration
        let w = workspace
        let d = c.embedding
        let kv = c.keyValueWidth
        normalize(layer.attentionNorm, tokens: n)
        w.embeddingInput.quantize(w.normed, tokens: n)
        multiply(layer.query, w.embeddingInput, into: w.query, threads: threads)
        multiply(layer.key, w.embeddingInput, into: w.key, threads: threads)
        multiply(layer.value, w.embeddingInput, into: w.value, threads: threads)
        for index in 0..<n {
            let at = position + index
            rotary.rotate(w.query + index * d, heads: c.heads, headSize: c.headSize, position: at)
            rotary.rotate(w.key + index * kv, heads: c.keyValueHeads, headSize: c.headSize, position: at)
        }
        cacheKeysAndValues(layerIndex: layerIndex, tokens: n)
        attend(layerIndex: layerIndex, tokens: n)
        w.embeddingInput.quantize(w.attention, tokens: n)
        multiply(layer.attentionOutput, w.embeddingInput, into: w.projected, threads: threads)
        VectorMath.add(w.projected, to: w.residual, count: n * d)
    }

    /// `x += Wdown · (silu(Wgate · norm(x)) ⊙ Wup · norm(x))` for `n` tokens.
    private func feedForwardBlock(_ layer: LayerWeights, tokens n: Int) {
        let c = configuration
        let w = workspace
        normalize(layer.feedForwardNorm, tokens: n)
        w.embeddingInput.quantize(w.normed, tokens: n)
        multiply(layer.gate, w.embeddingInput, into: w.gate, threads: threads)
        multiply(layer.up, w.embeddingInput, into: w.up, threads: threads)
        VectorMath.swiGLU(gate: w.gate, up: w.up, count: n * c.feedForward, into: w.gate)
        w.feedForwardInput.quantize(w.gate, tokens: n)
        multiply(layer.down, w.feedForwardInput, into: w.projected, threads: threads)
        VectorMath.add(w.projected, to: w.residual, count: n * c.embedding)
    }

    /// RMSNorm of the first `n` residual rows into `normed`.
    private func normalize(_ weight: [Float], tokens n: Int) {
        let d = configuration.embedding
        weight.withUnsafeBufferPointer { weights in
            guard let base = weights.baseAddress else { return }
            for index in 0..<n {
                VectorMath.rmsNorm(
                    workspace.residual + index * d, weight: base, epsilon: configuration.rmsEpsilon, count: d,
                    into: workspace.normed + index * d)
            }
        }
    }
}
