extension DotProducts {
    /// Row `row` of `matrix` times tokens `token ..< token + 4` of `input`: each weight block is
    /// unpacked once and used four times, which is what makes batched prefill faster than decode.
    @inline(__always)
    static func dot4(_ matrix: QuantizedMatrix, row: Int, _ input: QuantizedActivations, token: Int) -> SIMD4<
        Float
    > {
        let blocks = matrix.blocksPerRow
        let first = row * blocks
        let stride = input.columns
        let x = UnsafeRawPointer(input.quants + token * stride)
        let xScales = input.scales + token * blocks
        let weightScales = matrix.scales + first
        switch matrix.format {
        case .q4_1:
            var a0 = SIMD4<Float>(), a1 = SIMD4<Float>(), a2 = SIMD4<Float>(), a3 = SIMD4<Float>()
            var offsets = SIMD4<Float>()
            let xSums = input.sums + token * blocks
            let quants = UnsafeRawPointer(matrix.quants + first * 16)
            for block in 0..<blocks {
                let w = Q4Block(quants + block * 16)
                let scale = weightScales[block]
                let at = x + block * 32
                a0.addProduct(float(w.products(at)), SIMD4(repeating: scale * xScales[block]))
                a1.addProduct(
                    float(w.products(at + stride)), SIMD4(repeating: scale * xScales[block + blocks]))
                a2.addProduct(
                    float(w.products(at + 2 * stride)), SIMD4(repeating: scale * xScales[block + 2 * blocks]))
                a3.addProduct(
                    float(w.products(at + 3 * stride)), SIMD4(repeating: scale * xScales[block + 3 * blocks]))
                let sums = SIMD4(
                    xSums[block], xSums[block + blocks], xSums[block + 2 * blocks], xSums[block + 3 * blocks])
                offsets += sums * SIMD4(repeating: matrix.minimums[first + block])
            }
            return SIMD4(a0.sum(), a1.sum(), a2.sum(), a3.sum()) + offsets
        case .q8_0:
            var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
            let quants = UnsafeRawPointer(matrix.quants + first * 32)
            for block in 0..<blocks {
                let w = Q8Block(quants + block * 32)
                let scale = weightScales[block]
                let at = x + block * 32
                a0.addProduct(float(w.products(at)), SIMD8(repeating: scale * xScales[block]))
                a1.addProduct(
                    float(w.products(at + stride)), SIMD8(repeating: scale * xScales[block + blocks]))
                a2.addProduct(
                    float(w.products(at + 2 * stride)), SIMD8(repeating: scale * xScales[block + 2 * blocks]))
                a3.addProduct(
                    float(w.products(at + 3 * stride)), SIMD8(repeating: scale * xScales[block + 3 * blocks]))
            }
            return SIMD4(a0.sum(), a1.sum(), a2.sum(), a3.sum())
        }
    }
}
