import Foundation
import Testing

@testable import LanguageModel

@Suite("Attention kernels")
struct AttentionKernelTests {
    @Test(arguments: [-100, -87, -20.5, -1, -0.1, 0, 0.3, 1, 10, 80])
    func polynomialExpMatchesFoundation(x: Float) {
        let expected = Foundation.exp(max(x, -87))
        let actual = VectorMath.exp(SIMD8(repeating: x))[3]
        #expect(abs(actual - expected) <= 1e-6 * expected, "exp(\(x)) = \(actual), expected \(expected)")
    }

    /// One head over keys in blocks of eight positions against float arithmetic, for lengths that end
    /// inside and at the end of a block.
    @Test(arguments: [1, 7, 8, 13, 40])
    func attentionMatchesFloatArithmetic(length: Int) {
        let headSize = 32, stride = 48
        var generator = SplitMix(seed: UInt64(length))
        let q = (0..<headSize).map { _ in generator.float(in: -1...1) }
        let keys = (0..<(length * headSize)).map { _ in generator.float(in: -1...1) }
        let values = (0..<(length * stride)).map { _ in generator.float(in: -1...1) }
        let positions = (length + 7) / 8 * 8
        var blocked = [Float](repeating: .nan, count: positions * headSize)
        for j in 0..<length {
            for d in 0..<headSize {
                blocked[AttentionKernel.keyOffset(position: j, dimension: d, headSize: headSize)] =
                    keys[j * headSize + d]
            }
        }
        for index in blocked.indices where blocked[index].isNaN { blocked[index] = 0 }
        let scale: Float = 0.125
        var scores = [Float](repeating: 0, count: positions)
        AttentionKernel.scores(q, keys: blocked, headSize: headSize, length: length, scale: scale, into: &scores)
        AttentionKernel.softmax(&scores, count: length)
        var output = [Float](repeating: 0, count: headSize)
        AttentionKernel.weightedSum(
            scores, values: values, stride: stride, length: length, headSize: headSize, into: &output)

        let raw = (0..<length).map { j in
            Double(scale) * (0..<headSize).reduce(0.0) { $0 + Double(q[$1]) * Double(keys[j * headSize + $1]) }
        }
        let largest = raw.max() ?? 0
        let weights = raw.map { Foundation.exp($0 - largest) }
        let total = weights.reduce(0, +)
        for d in 0..<headSize {
            let expected = (0..<length).reduce(0.0) { $0 + weights[$1] / total * Double(values[$1 * stride + d]) }
            #expect(abs(Double(output[d]) - expected) < 1e-5, "dimension \(d)")
        }
    }

    @Test func swiGLUMatchesDefinition() {
        let gate: [Float] = [-30, -2, -0.5, 0, 0.5, 2, 30, 100, 1.5]
        let up: [Float] = [1, 2, 3, 4, 5, 6, 7, 8, -1]
        var output = [Float](repeating: 0, count: gate.count)
        VectorMath.swiGLU(gate: gate, up: up, count: gate.count, into: &output)
        for index in gate.indices {
            let g = Double(gate[index])
            let expected = g / (1 + Foundation.exp(-g)) * Double(up[index])
            #expect(abs(Double(output[index]) - expected) <= 1e-5 * max(1, abs(expected)), "index \(index)")
        }
    }
}
