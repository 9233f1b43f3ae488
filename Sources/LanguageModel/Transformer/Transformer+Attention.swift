extension Transformer {
    /// Causal grouped-query attention of `n` new tokens over the cache of layer `layerIndex`:
    /// for each token `i` and query head `h`, `softmax(q·Kᵀ / √d) · V` over positions `0 ... position + i`,
    /// with head `h` reading key-value head `h / (heads / keyValueHeads)`. Work is split over
    /// (token, head) pairs.
    func attend(layerIndex: Int, tokens n: Int) {
        let c = configuration
        let w = workspace
        let headSize = c.headSize
        let kv = c.keyValueWidth
        let group = c.heads / c.keyValueHeads
        let keys = SharedFloats(base: w.keyCache + layerIndex * contextLength * kv)
        let values = SharedFloats(base: w.valueCache + layerIndex * contextLength * kv)
        let queries = SharedFloats(base: w.query)
        let output = SharedFloats(base: w.attention)
        let start = position
        let scale = 1 / Float(headSize).squareRoot()
        let capacity = contextLength
        let pairs = n * c.heads
        let threads = n > 1 ? self.threads : 1
        parallelRanges(count: pairs, threads: threads, granularity: 1) { range in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: capacity) { scratch in
                guard let scores = scratch.baseAddress else { return }
                for pair in range {
                    let token = pair / c.heads
                    let head = pair % c.heads
                    let length = start + token + 1
                    let q = queries.base + token * c.embedding + head * headSize
                    let kvOffset = (head / group) * headSize
                    for j in 0..<length {
                        scores[j] = VectorMath.dot(q, keys.base + j * kv + kvOffset, count: headSize) * scale
                    }
                    VectorMath.softmax(scores, count: length)
                    let out = output.base + token * c.embedding + head * headSize
                    out.initialize(repeating: 0, count: headSize)
                    for j in 0..<length {
                        VectorMath.addScaled(
                            values.base + j * kv + kvOffset, weight: scores[j], to: out, count: headSize)
                    }
                }
            }
        }
    }
}

/// A float buffer read or written by several attention ranges at disjoint places.
struct SharedFloats: @unchecked Sendable {
    let base: UnsafeMutablePointer<Float>
}
