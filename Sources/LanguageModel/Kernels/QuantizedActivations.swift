/// Activations of up to `capacity` tokens quantized to 8-bit blocks of 32, the way llama.cpp prepares
/// the right-hand side of its integer dot products (q8_1: a scale `d = max|x| / 127`, quants
/// `round(x / d)`, and `sum = d * Σ q` for the q4_1 minimum term).
///
/// `@unchecked Sendable`: the kernels read it from several threads only after `quantize` returned.
final class QuantizedActivations: @unchecked Sendable {
    let columns: Int
    let blocksPerRow: Int
    let capacity: Int
    /// Quants, token after token (`columns` bytes each).
    let quants: UnsafeMutablePointer<Int8>
    /// One scale per block, token after token.
    let scales: UnsafeMutablePointer<Float>
    /// `scale * Σ quants` per block, token after token.
    let sums: UnsafeMutablePointer<Float>
    /// How many tokens the last `quantize` stored.
    private(set) var count = 0

    init(columns: Int, capacity: Int) {
        self.columns = columns
        self.capacity = capacity
        blocksPerRow = columns / 32
        let raw = UnsafeMutableRawPointer.allocate(byteCount: columns * capacity, alignment: 64)
        quants = raw.bindMemory(to: Int8.self, capacity: columns * capacity)
        scales = .allocate(capacity: blocksPerRow * capacity)
        sums = .allocate(capacity: blocksPerRow * capacity)
    }

    deinit {
        quants.deallocate()
        scales.deallocate()
        sums.deallocate()
    }

    /// Quantizes `tokens` rows of `columns` floats read from `input` (rows `columns` apart).
    func quantize(_ input: UnsafePointer<Float>, tokens: Int) {
        precondition(tokens <= capacity, "activation buffer holds \(capacity) tokens, asked \(tokens)")
        count = tokens
        for block in 0..<(tokens * blocksPerRow) {
            let x = input + block * 32
            var amax: Float = 0
            for index in 0..<32 { amax = max(amax, abs(x[index])) }
            let scale = amax / 127
            let inverse: Float = amax > 0 ? 127 / amax : 0
            let q = quants + block * 32
            var sum: Int32 = 0
            for index in 0..<32 {
                let value = Int32((x[index] * inverse).rounded(.toNearestOrEven))
                q[index] = Int8(truncatingIfNeeded: value)
                sum += value
            }
            scales[block] = scale
            sums[block] = scale * Float(sum)
        }
    }
}
