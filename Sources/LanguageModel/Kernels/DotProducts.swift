/// Integer dot products of one quantized weight row with quantized activations, block by block.
///
/// Each block of 32 products is summed in integers, converted to float once and scaled by the
/// product of the two block scales, as llama.cpp's `vec_dot_q4_1_q8_1` and `vec_dot_q8_0_q8_0` do.
///
/// The code uses only same-width SIMD operations (bit casts, shifts, masks, multiplies), which the
/// compiler maps to single vector instructions; element-type conversions between SIMD types are
/// avoided because they compile to scalar loops. Bytes are widened to 16 bits as even and odd
/// lanes (`(v << 8) >> 8` and `v >> 8`), which is harmless because every product is summed.
enum DotProducts {
    /// The 32 weights of a `q4_1` block as even and odd 16-bit lanes, for weights 0...15 and 16...31.
    struct Q4Block {
        let lowEven: SIMD8<Int16>, lowOdd: SIMD8<Int16>, highEven: SIMD8<Int16>, highOdd: SIMD8<Int16>

        @inline(__always)
        init(_ quants: UnsafeRawPointer) {
            let packed = quants.loadUnaligned(as: SIMD8<Int16>.self)
            let low = packed & 0x0F0F
            let high = (packed &>> 4) & 0x0F0F
            lowEven = low & 0xFF
            lowOdd = low &>> 8
            highEven = high & 0xFF
            highOdd = high &>> 8
        }

        /// Σ w·x over the block, folded into four 32-bit lanes.
        @inline(__always)
        func products(_ x: UnsafeRawPointer) -> SIMD4<Int32> {
            let first = x.loadUnaligned(as: SIMD8<Int16>.self)
            let second = x.loadUnaligned(fromByteOffset: 16, as: SIMD8<Int16>.self)
            var sum = lowEven &* ((first &<< 8) &>> 8)
            sum &+= lowOdd &* (first &>> 8)
            sum &+= highEven &* ((second &<< 8) &>> 8)
            sum &+= highOdd &* (second &>> 8)
            return widen(sum)
        }
    }

    /// The 32 weights of a `q8_0` block as even and odd 16-bit lanes.
    struct Q8Block {
        let even: SIMD16<Int16>, odd: SIMD16<Int16>

        @inline(__always)
        init(_ quants: UnsafeRawPointer) {
            let raw = quants.loadUnaligned(as: SIMD16<Int16>.self)
            even = (raw &<< 8) &>> 8
            odd = raw &>> 8
        }

        /// Σ w·x over the block, folded into eight 32-bit lanes.
        @inline(__always)
        func products(_ x: UnsafeRawPointer) -> SIMD8<Int32> {
            let raw = x.loadUnaligned(as: SIMD16<Int16>.self)
            return widen(even &* ((raw &<< 8) &>> 8) &+ odd &* (raw &>> 8))
        }
    }

    /// Adds the even and odd 16-bit lanes into 32-bit lanes.
    @inline(__always)
    static func widen(_ value: SIMD8<Int16>) -> SIMD4<Int32> {
        let pairs = unsafeBitCast(value, to: SIMD4<Int32>.self)
        return ((pairs &<< 16) &>> 16) &+ (pairs &>> 16)
    }

    /// Adds the even and odd 16-bit lanes into 32-bit lanes.
    @inline(__always)
    static func widen(_ value: SIMD16<Int16>) -> SIMD8<Int32> {
        let pairs = unsafeBitCast(value, to: SIMD8<Int32>.self)
        return ((pairs &<< 16) &>> 16) &+ (pairs &>> 16)
    }

    /// Exact float value of integers below 2²² in magnitude, by the 1.5·2²³ bias trick.
    @inline(__always)
    static func float(_ value: SIMD4<Int32>) -> SIMD4<Float> {
        unsafeBitCast(value &+ 0x4B40_0000, to: SIMD4<Float>.self) - 12_582_912
    }

    /// Exact float value of integers below 2²² in magnitude, by the 1.5·2²³ bias trick.
    @inline(__always)
    static func float(_ value: SIMD8<Int32>) -> SIMD8<Float> {
        unsafeBitCast(value &+ 0x4B40_0000, to: SIMD8<Float>.self) - 12_582_912
    }

    /// Row `row` of `matrix` times token `token` of `input`.
    @inline(__always)
    static func dot(_ matrix: QuantizedMatrix, row: Int, _ input: QuantizedActivations, token: Int) -> Float {
        let blocks = matrix.blocksPerRow
        let first = row * blocks
        let tokenBlock = token * blocks
        let x = UnsafeRawPointer(input.quants + tokenBlock * 32)
        let weightScales = matrix.scales + first
        let inputScales = input.scales + tokenBlock
        switch matrix.format {
        case .q4_1:
            var accumulator = SIMD4<Float>()
            var offset: Float = 0
            let quants = UnsafeRawPointer(matrix.quants + first * 16)
            let minimums = matrix.minimums + first
            let sums = input.sums + tokenBlock
            for block in 0..<blocks {
                let products = Q4Block(quants + block * 16).products(x + block * 32)
                accumulator.addProduct(
                    float(products), SIMD4(repeating: weightScales[block] * inputScales[block]))
                offset += minimums[block] * sums[block]
            }
            return accumulator.sum() + offset
        case .q8_0:
            var accumulator = SIMD8<Float>()
            let quants = UnsafeRawPointer(matrix.quants + first * 32)
            for block in 0..<blocks {
                let products = Q8Block(quants + block * 32).products(x + block * 32)
                accumulator.addProduct(
                    float(products), SIMD8(repeating: weightScales[block] * inputScales[block]))
            }
            return accumulator.sum()
        }
    }
}
