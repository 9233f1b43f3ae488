import Foundation

/// The element-wise and row-wise float operations of a transformer layer.
enum VectorMath {
    /// `output = input / sqrt(mean(input²) + epsilon) * weight` over `count` floats.
    static func rmsNorm(
        _ input: UnsafePointer<Float>, weight: UnsafePointer<Float>, epsilon: Float,
        count: Int, into output: UnsafeMutablePointer<Float>
    ) {
        var squares = SIMD16<Float>()
        var index = 0
        while index + 16 <= count {
            let x = UnsafeRawPointer(input + index).loadUnaligned(as: SIMD16<Float>.self)
            squares.addProduct(x, x)
            index += 16
        }
        var sum = squares.sum()
        while index < count {
            sum += input[index] * input[index]
            index += 1
        }
        let scale = 1 / (sum / Float(count) + epsilon).squareRoot()
        for column in 0..<count { output[column] = input[column] * scale * weight[column] }
    }

    /// `output[i] = silu(gate[i]) * up[i]` with `silu(g) = g / (1 + e^-g)`.
    static func swiGLU(
        gate: UnsafePointer<Float>, up: UnsafePointer<Float>, count: Int,
        into output: UnsafeMutablePointer<Float>
    ) {
        for index in 0..<count {
            let g = gate[index]
            output[index] = g / (1 + exp(-g)) * up[index]
        }
    }

    /// `target[i] += addend[i]` over `count` floats.
    static func add(_ addend: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        for index in 0..<count { target[index] += addend[index] }
    }

    /// The dot product of two float vectors of `count` elements.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var accumulator = SIMD16<Float>()
        var index = 0
        while index + 16 <= count {
            accumulator.addProduct(
                UnsafeRawPointer(a + index).loadUnaligned(as: SIMD16<Float>.self),
                UnsafeRawPointer(b + index).loadUnaligned(as: SIMD16<Float>.self))
            index += 16
        }
        var sum = accumulator.sum()
        while index < count {
            sum += a[index] * b[index]
            index += 1
        }
        return sum
    }

    /// `target += weight * source` over `count` floats.
    @inline(__always)
    static func addScaled(
        _ source: UnsafePointer<Float>, weight: Float, to target: UnsafeMutablePointer<Float>, count: Int
    ) {
        var index = 0
        let w = SIMD16<Float>(repeating: weight)
        while index + 16 <= count {
            let raw = UnsafeMutableRawPointer(target + index)
            var t = raw.loadUnaligned(as: SIMD16<Float>.self)
            t.addProduct(UnsafeRawPointer(source + index).loadUnaligned(as: SIMD16<Float>.self), w)
            raw.storeBytes(of: t, as: SIMD16<Float>.self)
            index += 16
        }
        while index < count {
            target[index] += weight * source[index]
            index += 1
        }
    }

    /// Replaces `count` scores by their softmax in place.
    static func softmax(_ scores: UnsafeMutablePointer<Float>, count: Int) {
        var largest = -Float.infinity
        for index in 0..<count { largest = max(largest, scores[index]) }
        var total: Float = 0
        for index in 0..<count {
            let e = exp(scores[index] - largest)
            scores[index] = e
            total += e
        }
        let inverse = 1 / total
        for index in 0..<count { scores[index] *= inverse }
    }
}
