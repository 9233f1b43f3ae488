extension DotProducts {
    /// Row `row` of a `q8_0` `matrix` times tokens `token ..< token + 4` of `input`: each weight block
    /// is unpacked once and used four times.
    @inline(__always)
    static func dot4(_ matrix: QuantizedMatrix, row: Int, _ input: QuantizedActivations, token: Int) -> SIMD4<
        Float
    > {
        let blocks = matrix.blocksPerRow
        let first = row * blocks
        let stride = 2 * input.columns
        let x = UnsafeRawPointer(input.wide + token * input.columns)
        let xScales = input.scales + token * blocks
        let weightScales = matrix.scales + first
        var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
        let quants = UnsafeRawPointer(matrix.quants + first * 32)
        for block in 0..<blocks {
            let w = Q8Block(quants + block * 32)
            let scale = weightScales[block]
            let at = x + block * 64
            a0.addProduct(SIMD8<Float>(w.products(at)), SIMD8(repeating: scale * xScales[block]))
            a1.addProduct(
                SIMD8<Float>(w.products(at + stride)), SIMD8(repeating: scale * xScales[block + blocks]))
            a2.addProduct(
                SIMD8<Float>(w.products(at + 2 * stride)), SIMD8(repeating: scale * xScales[block + 2 * blocks]))
            a3.addProduct(
                SIMD8<Float>(w.products(at + 3 * stride)), SIMD8(repeating: scale * xScales[block + 3 * blocks]))
        }
        return SIMD4(a0.sum(), a1.sum(), a2.sum(), a3.sum())
    }
}
