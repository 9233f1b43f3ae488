/// Integer dot products of one `q8_0` weight row with quantized activations, block by block (the
/// `q4_1` matrices use ``Q4GroupKernel``).
///
/// Each block of 32 products is summed in integers, converted to float once and scaled by the
/// product of the two block scales, as llama.cpp's `vec_dot_q8_0_q8_0` does.
///
/// The code uses only same-width SIMD operations (bit casts, shifts, masks, multiplies), which the
/// compiler maps to single vector instructions; integer conversions between SIMD element types are
/// avoided because they compile to calls. Weight bytes are widened to 16 bits as the low and high
/// bytes of each word (`(v << 8) >> 8` and `v >> 8`): the block's columns 0...15 and 16...31 (see
/// ``QuantizedMatrix``), matching two loads of the 16-bit activations.
enum DotProducts {
    /// The 32 weights of a `q8_0` block as two vectors of sixteen 16-bit lanes.
    struct Q8Block {
        let low: SIMD16<Int16>, high: SIMD16<Int16>

        @inline(__always)
        init(_ quants: UnsafeRawPointer) {
            let raw = quants.loadUnaligned(as: SIMD16<Int16>.self)
            low = (raw &<< 8) &>> 8
            high = raw &>> 8
        }

        /// Σ w·x over the block, with `x` the block's 32 activations as 16-bit integers, folded into
        /// eight 32-bit lanes.
        @inline(__always)
        func products(_ x: UnsafeRawPointer) -> SIMD8<Int32> {
            widen(
                low &* x.loadUnaligned(as: SIMD16<Int16>.self)
                    &+ high &* x.loadUnaligned(fromByteOffset: 32, as: SIMD16<Int16>.self))
        }
    }

    /// Adds the even and odd 16-bit lanes into 32-bit lanes.
    @inline(__always)
    static func widen(_ value: SIMD16<Int16>) -> SIMD8<Int32> {
        let pairs = unsafeBitCast(value, to: SIMD8<Int32>.self)
        return ((pairs &<< 16) &>> 16) &+ (pairs &>> 16)
    }

    /// Row `row` of a `q8_0` `matrix` times token `token` of `input`.
    @inline(__always)
    static func dot(_ matrix: QuantizedMatrix, row: Int, _ input: QuantizedActivations, token: Int) -> Float {
        let blocks = matrix.blocksPerRow
        let first = row * blocks
        let tokenBlock = token * blocks
        let x = UnsafeRawPointer(input.wide + tokenBlock * 32)
        let weightScales = matrix.scales + first
        let inputScales = input.scales + tokenBlock
        var accumulator = SIMD8<Float>()
        let quants = UnsafeRawPointer(matrix.quants + first * 32)
        for block in 0..<blocks {
            let products = Q8Block(quants + block * 32).products(x + block * 64)
            accumulator.addProduct(
                SIMD8<Float>(products), SIMD8(repeating: weightScales[block] * inputScales[block]))
        }
        return accumulator.sum()
    }
}
