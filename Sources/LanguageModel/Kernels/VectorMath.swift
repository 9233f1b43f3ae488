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
        var index = 0
        while index + 8 <= count {
            let g = UnsafeRawPointer(gate + index).loadUnaligned(as: SIMD8<Float>.self)
            let u = UnsafeRawPointer(up + index).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(output + index).storeBytes(of: g / (1 + exp(-g)) * u, as: SIMD8<Float>.self)
            index += 8
        }
        while index < count {
            let g = gate[index]
            output[index] = g / (1 + exp(SIMD8(repeating: -g))[0]) * up[index]
            index += 1
        }
    }

    /// `e^x` lane by lane, `x` clamped to −87...88: `2^k · p(r)` with `x = k·ln 2 + r`, `|r| ≤ ln 2 / 2`
    /// and a degree-6 Taylor polynomial (relative error about 10⁻⁷); eight lanes in about twenty
    /// vector instructions instead of eight `expf` calls.
    @inline(__always)
    static func exp(_ x: SIMD8<Float>) -> SIMD8<Float> {
        var clamped = x.replacing(with: -87, where: x .< -87)
        clamped = clamped.replacing(with: 88, where: clamped .> 88)
        let k = (clamped * 1.442_695_04 + 12_582_912) - 12_582_912
        let r = (clamped - k * 0.693_145_75) - k * 1.428_606_8e-6
        var p = SIMD8<Float>(repeating: 1.0 / 720)
        p = p * r + 1.0 / 120
        p = p * r + 1.0 / 24
        p = p * r + 1.0 / 6
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        let exponent = (unsafeBitCast(k + 12_582_912, to: SIMD8<Int32>.self) &- 0x4B40_0000 &+ 127) &<< 23
        return p * unsafeBitCast(exponent, to: SIMD8<Float>.self)
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
}
