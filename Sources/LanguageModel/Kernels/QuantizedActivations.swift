/// Activations of up to `capacity` tokens quantized to 8-bit blocks of 32, the way llama.cpp prepares
/// the right-hand side of its integer dot products (q8_1: a scale `d = max|x| / 127`, quants
/// `round(x / d)`, and `sum = d * Σ q` for the q4_1 minimum term).
///
/// The quants are stored as 16-bit integers: the `q4_1` kernel broadcasts column pairs of them and
/// the `q8_0` kernel multiplies them with weight bytes widened to 16 bits.
///
/// `@unchecked Sendable`: the kernels read it from several threads only after `quantize` returned.
final class QuantizedActivations: @unchecked Sendable {
    let columns: Int
    let blocksPerRow: Int
    let capacity: Int
    /// Quants (−127...127) as 16-bit integers, token after token (`columns` each).
    let wide: UnsafeMutablePointer<Int16>
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
        let rawWide = UnsafeMutableRawPointer.allocate(byteCount: 2 * columns * capacity, alignment: 64)
        wide = rawWide.bindMemory(to: Int16.self, capacity: columns * capacity)
        scales = .allocate(capacity: blocksPerRow * capacity)
        sums = .allocate(capacity: blocksPerRow * capacity)
    }

    deinit {
        wide.deallocate()
        scales.deallocate()
        sums.deallocate()
    }

    /// Quantizes `tokens` rows of `columns` floats read from `input` (rows `columns` apart).
    func quantize(_ input: UnsafePointer<Float>, tokens: Int) {
        precondition(tokens <= capacity, "activation buffer holds \(capacity) tokens, asked \(tokens)")
        count = tokens
        for block in 0..<(tokens * blocksPerRow) {
            let x = UnsafeRawPointer(input + block * 32)
            let v0 = x.loadUnaligned(as: SIMD8<Float>.self)
            let v1 = x.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            let v2 = x.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self)
            let v3 = x.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self)
            let amax = Self.largest(
                Self.larger(
                    Self.larger(magnitude(v0), magnitude(v1)), Self.larger(magnitude(v2), magnitude(v3))))
            let scale = amax / 127
            let inverse: Float = amax > 0 ? 127 / amax : 0
            let q0 = round(v0 * inverse), q1 = round(v1 * inverse)
            let q2 = round(v2 * inverse), q3 = round(v3 * inverse)
            let widened = wide + block * 32
            store(q0, widened)
            store(q1, widened + 8)
            store(q2, widened + 16)
            store(q3, widened + 24)
            scales[block] = scale
            sums[block] = scale * Float(((q0 &+ q1) &+ (q2 &+ q3)).wrappedSum())
        }
    }

    /// Writes eight quants as 16-bit integers.
    @inline(__always)
    private func store(_ q: SIMD8<Int32>, _ widened: UnsafeMutablePointer<Int16>) {
        for lane in 0..<8 { widened[lane] = Int16(truncatingIfNeeded: q[lane]) }
    }

    /// The lane-wise maximum of two vectors without NaNs: one `vmaxps` (`pointwiseMax` and generic
    /// code are lane loops).
    @inline(__always)
    static func larger(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
        a.replacing(with: b, where: a .< b)
    }

    @inline(__always)
    static func larger(_ a: SIMD4<Float>, _ b: SIMD4<Float>) -> SIMD4<Float> {
        a.replacing(with: b, where: a .< b)
    }

    /// The largest lane of a vector without NaNs.
    @inline(__always)
    static func largest(_ v: SIMD8<Float>) -> Float {
        let four = larger(v.lowHalf, v.highHalf)
        return Swift.max(Swift.max(four[0], four[1]), Swift.max(four[2], four[3]))
    }

    /// `|v|` lane by lane (clears the sign bits).
    @inline(__always)
    private func magnitude(_ v: SIMD8<Float>) -> SIMD8<Float> {
        unsafeBitCast(unsafeBitCast(v, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF, to: SIMD8<Float>.self)
    }

    /// Rounds lanes of magnitude below 2²² to the nearest integer, ties to even (the 1.5·2²³ bias trick).
    @inline(__always)
    private func round(_ v: SIMD8<Float>) -> SIMD8<Int32> {
        unsafeBitCast(v + 12_582_912, to: SIMD8<Int32>.self) &- 0x4B40_0000
    }
}
