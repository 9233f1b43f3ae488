extension Transformer {
    /// Causal grouped-query attention of `n` new tokens over the cache of layer `layerIndex`:
    /// for each token `i` and query head `h`, `softmax(q·Kᵀ / √d) · V` over positions `0 ... position + i`,
    /// with head `h` reading key-value head `h / (heads / keyValueHeads)`. Work is split over
    /// (token, key-value head) pairs; the query heads of a pair read the same keys and values.
    func attend(layerIndex: Int, tokens n: Int) {
        let c = configuration
        let w = workspace
        let headSize = c.headSize
        let kv = c.keyValueWidth
        let group = c.heads / c.keyValueHeads
        let keyHeadFloats = w.keyPositions * headSize
        let keys = SharedFloats(base: w.keyCache + layerIndex * c.keyValueHeads * keyHeadFloats)
        let values = SharedFloats(base: w.valueCache + layerIndex * contextLength * kv)
        let queries = SharedFloats(base: w.query)
        let output = SharedFloats(base: w.attention)
        let start = position
        let scale = 1 / Float(headSize).squareRoot()
        let units = n * c.keyValueHeads
        let threads = n > 1 ? self.threads : 1
        parallelRanges(count: units, threads: threads, granularity: 1) { range in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: w.keyPositions) { scratch in
                guard let scores = scratch.baseAddress else { return }
                for unit in range {
                    let token = unit / c.keyValueHeads
                    let kvHead = unit % c.keyValueHeads
                    let length = start + token + 1
                    for head in (kvHead * group)..<((kvHead + 1) * group) {
                        let at = token * c.embedding + head * headSize
                        AttentionKernel.scores(
                            queries.base + at, keys: keys.base + kvHead * keyHeadFloats, headSize: headSize,
                            length: length, scale: scale, into: scores)
                        AttentionKernel.softmax(scores, count: length)
                        AttentionKernel.weightedSum(
                            scores, values: values.base + kvHead * headSize, stride: kv, length: length,
                            headSize: headSize, into: output.base + at)
                    }
                }
            }
        }
    }

    /// Writes the keys and values of `n` tokens (rotated keys in `key`, values in `value`) to the cache
    /// of layer `layerIndex` at positions `position ..< position + n`.
    func cacheKeysAndValues(layerIndex: Int, tokens n: Int) {
        let c = configuration
        let w = workspace
        let kv = c.keyValueWidth
        let headSize = c.headSize
        let keyHeadFloats = w.keyPositions * headSize
        let keys = w.keyCache + layerIndex * c.keyValueHeads * keyHeadFloats
        let values = w.valueCache + layerIndex * contextLength * kv
        for index in 0..<n {
            let at = position + index
            (values + at * kv).update(from: w.value + index * kv, count: kv)
            for head in 0..<c.keyValueHeads {
                let source = w.key + index * kv + head * headSize
                let target = keys + head * keyHeadFloats
                for d in 0..<headSize {
                    target[AttentionKernel.keyOffset(position: at, dimension: d, headSize: headSize)] = source[d]
                }
            }
        }
    }
}

/// A float buffer read or written by several attention ranges at disjoint places.
struct SharedFloats: @unchecked Sendable {
    let base: UnsafeMutablePointer<Float>
}
