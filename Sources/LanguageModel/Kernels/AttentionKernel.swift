/// The vector kernels of one attention head: scores against keys stored eight positions at a time,
/// a softmax with the polynomial ``VectorMath/exp(_:)``, and the probability-weighted sum of values.
///
/// Keys of a head are kept as blocks of eight positions, each block `headSize` rows of eight floats
/// (dimension-major), so the scores of eight positions are one SIMD8 accumulation over the head's
/// dimensions with no horizontal sums.
enum AttentionKernel {
    /// Where dimension `d` of the key at `position` is stored, relative to its head's first block.
    @inline(__always)
    static func keyOffset(position: Int, dimension: Int, headSize: Int) -> Int {
        (position / 8) * 8 * headSize + dimension * 8 + position % 8
    }

    /// `scores[j] = scale · q · key[j]` for `j < length`; lanes up to the next multiple of eight are
    /// written too (and ignored).
    @inline(__always)
    static func scores(
        _ q: UnsafePointer<Float>, keys: UnsafePointer<Float>, headSize: Int, length: Int, scale: Float,
        into scores: UnsafeMutablePointer<Float>
    ) {
        for block in 0..<((length + 7) / 8) {
            let k = UnsafeRawPointer(keys + block * 8 * headSize)
            var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
            var d = 0
            while d < headSize {
                a0.addProduct(SIMD8(repeating: q[d]), k.loadUnaligned(fromByteOffset: d * 32, as: SIMD8<Float>.self))
                a1.addProduct(
                    SIMD8(repeating: q[d + 1]), k.loadUnaligned(fromByteOffset: d * 32 + 32, as: SIMD8<Float>.self))
                a2.addProduct(
                    SIMD8(repeating: q[d + 2]), k.loadUnaligned(fromByteOffset: d * 32 + 64, as: SIMD8<Float>.self))
                a3.addProduct(
                    SIMD8(repeating: q[d + 3]), k.loadUnaligned(fromByteOffset: d * 32 + 96, as: SIMD8<Float>.self))
                d += 4
            }
            let total = ((a0 + a1) + (a2 + a3)) * scale
            UnsafeMutableRawPointer(scores + block * 8).storeBytes(of: total, as: SIMD8<Float>.self)
        }
    }

    /// Replaces `scores[0 ..< count]` by their softmax.
    @inline(__always)
    static func softmax(_ scores: UnsafeMutablePointer<Float>, count: Int) {
        var largestLanes = SIMD8<Float>(repeating: -.infinity)
        var index = 0
        while index + 8 <= count {
            let v = UnsafeRawPointer(scores + index).loadUnaligned(as: SIMD8<Float>.self)
            largestLanes = largestLanes.replacing(with: v, where: largestLanes .< v)
            index += 8
        }
        var largest = QuantizedActivations.largest(largestLanes)
        while index < count {
            largest = max(largest, scores[index])
            index += 1
        }
        var sums = SIMD8<Float>()
        index = 0
        while index + 8 <= count {
            let raw = UnsafeMutableRawPointer(scores + index)
            let e = VectorMath.exp(raw.loadUnaligned(as: SIMD8<Float>.self) - largest)
            raw.storeBytes(of: e, as: SIMD8<Float>.self)
            sums += e
            index += 8
        }
        var total = sums.sum()
        while index < count {
            let e = VectorMath.exp(SIMD8(repeating: scores[index] - largest))[0]
            scores[index] = e
            total += e
            index += 1
        }
        let inverse = 1 / total
        for index in 0..<count { scores[index] *= inverse }
    }

    /// `output[d] = Σ_j probabilities[j] · values[j · stride + d]` over `j < length`, `d < headSize`.
    @inline(__always)
    static func weightedSum(
        _ probabilities: UnsafePointer<Float>, values: UnsafePointer<Float>, stride: Int, length: Int,
        headSize: Int, into output: UnsafeMutablePointer<Float>
    ) {
        var d = 0
        while d + 32 <= headSize {
            var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
            for j in 0..<length {
                let v = UnsafeRawPointer(values + j * stride + d)
                let p = SIMD8<Float>(repeating: probabilities[j])
                a0.addProduct(p, v.loadUnaligned(as: SIMD8<Float>.self))
                a1.addProduct(p, v.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self))
                a2.addProduct(p, v.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self))
                a3.addProduct(p, v.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self))
            }
            let out = UnsafeMutableRawPointer(output + d)
            out.storeBytes(of: a0, as: SIMD8<Float>.self)
            out.storeBytes(of: a1, toByteOffset: 32, as: SIMD8<Float>.self)
            out.storeBytes(of: a2, toByteOffset: 64, as: SIMD8<Float>.self)
            out.storeBytes(of: a3, toByteOffset: 96, as: SIMD8<Float>.self)
            d += 32
        }
        while d < headSize {
            var a = SIMD8<Float>()
            for j in 0..<length {
                a.addProduct(
                    SIMD8(repeating: probabilities[j]),
                    UnsafeRawPointer(values + j * stride + d).loadUnaligned(as: SIMD8<Float>.self))
            }
            UnsafeMutableRawPointer(output + d).storeBytes(of: a, as: SIMD8<Float>.self)
            d += 8
        }
    }
}
