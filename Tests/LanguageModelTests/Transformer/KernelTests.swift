import Foundation
import Synchronization
import Testing

@testable import LanguageModel

@Suite("Transformer kernels")
struct KernelTests {
    @Test(arguments: [
        (UInt16(0x3C00), Float(1)), (0xC000, -2), (0x0000, 0), (0x8000, -0.0), (0x0001, 0x1p-24),
        (0x7BFF, 65504), (0x3555, 0.333251953125), (0x7C00, .infinity),
    ])
    func halfToFloat(bits: UInt16, expected: Float) {
        #expect(floatFromHalf(bits) == expected)
    }

    @Test func halfNaNStaysNaN() {
        #expect(floatFromHalf(0x7E00).isNaN)
    }

    @Test func activationQuantizationRoundTripsWithinHalfAStep() {
        var generator = SplitMix(seed: 3)
        let input = (0..<128).map { _ in generator.float(in: -4...4) }
        let activations = QuantizedActivations(columns: 64, capacity: 2)
        activations.quantize(input, tokens: 2)
        for index in input.indices {
            let block = index / 32
            let restored = activations.scales[block] * Float(activations.wide[index])
            #expect(abs(restored - input[index]) <= activations.scales[block] / 2 + 1e-6)
        }
        for block in 0..<4 {
            let sum = (0..<32).map { Float(activations.wide[block * 32 + $0]) }.reduce(0, +)
            #expect(abs(activations.sums[block] - sum * activations.scales[block]) < 1e-4)
        }
    }

    /// Integer kernels against float arithmetic on the same quantized values, for 1 to 9 tokens
    /// (the four-token tile and the single-token remainder) and 37 rows (a partial group of eight for
    /// `q4_1`). Products this small run on one thread whatever `threads` says; the reference test runs
    /// the model's larger products on two.
    @Test(arguments: [QuantizedMatrix.Format.q4_1, .q8_0], [1, 3, 4, 9])
    func multiplyMatchesFloatArithmetic(format: QuantizedMatrix.Format, tokens: Int) {
        var generator = SplitMix(seed: 11)
        let matrix = QuantizedMatrix.random(format: format, rows: 37, columns: 96, using: &generator)
        let input = (0..<(tokens * 96)).map { _ in generator.float(in: -2...2) }
        let activations = QuantizedActivations(columns: 96, capacity: tokens)
        activations.quantize(input, tokens: tokens)
        for threads in [1, 2] {
            var output = [Float](repeating: .nan, count: tokens * 37)
            multiply(matrix, activations, into: &output, threads: threads)
            for token in 0..<tokens {
                for row in 0..<37 {
                    var expected: Float = 0
                    for column in 0..<96 {
                        let block = token * 3 + column / 32
                        let x = activations.scales[block] * Float(activations.wide[token * 96 + column])
                        expected += matrix.weight(row: row, column: column) * x
                    }
                    let actual = output[token * 37 + row]
                    #expect(
                        abs(actual - expected) <= 1e-4 * max(1, abs(expected)), "token \(token) row \(row)")
                }
            }
        }
    }

    /// Repacked `q4_1` and `q8_0` blocks read back as llama.cpp defines them: `q4_1` byte `j` holds
    /// weight `j` (low nibble) and `j + 16` (high nibble), `w = scale · nibble + minimum`.
    @Test(arguments: [QuantizedMatrix.Format.q4_1, .q8_0], [1, 8, 13])
    func repackedBlocksReadBackAsLlamaLayout(format: QuantizedMatrix.Format, rows: Int) {
        var generator = SplitMix(seed: UInt64(rows))
        let matrix = QuantizedMatrix(format: format, rows: rows, columns: 64)
        for row in 0..<rows {
            for block in 0..<2 {
                let bytes = (0..<matrix.quantBytesPerBlock).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let scale = Float(row + 1) / 64, minimum: Float = format == .q4_1 ? -Float(block) : 0
                bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    matrix.setBlock(row: row, block: block, scale: scale, minimum: minimum, quants: base)
                }
                for j in 0..<32 {
                    let q: Float
                    switch format {
                    case .q4_1: q = Float(j < 16 ? bytes[j] & 0x0F : bytes[j - 16] >> 4)
                    case .q8_0: q = Float(Int8(bitPattern: bytes[j]))
                    }
                    #expect(matrix.weight(row: row, column: block * 32 + j) == scale * q + minimum)
                }
            }
        }
    }

    /// A token gives bit-identical results alone and inside a tile of four.
    @Test(arguments: [QuantizedMatrix.Format.q4_1, .q8_0])
    func tiledAndSingleTokenProductsAreIdentical(format: QuantizedMatrix.Format) {
        var generator = SplitMix(seed: 17)
        let matrix = QuantizedMatrix.random(format: format, rows: 24, columns: 128, using: &generator)
        let input = (0..<(4 * 128)).map { _ in generator.float(in: -3...3) }
        let batch = QuantizedActivations(columns: 128, capacity: 4)
        batch.quantize(input, tokens: 4)
        var tiled = [Float](repeating: 0, count: 4 * 24)
        multiply(matrix, batch, into: &tiled, threads: 1)
        let single = QuantizedActivations(columns: 128, capacity: 1)
        for token in 0..<4 {
            var alone = [Float](repeating: 0, count: 24)
            Array(input[(token * 128)..<((token + 1) * 128)]).withUnsafeBufferPointer { row in
                guard let base = row.baseAddress else { return }
                single.quantize(base, tokens: 1)
            }
            multiply(matrix, single, into: &alone, threads: 1)
            #expect(alone == Array(tiled[(token * 24)..<((token + 1) * 24)]), "token \(token)")
        }
    }

    @Test(arguments: [(0, 1), (5, 2), (64, 2), (100, 2), (1000, 3), (7, 1)])
    func parallelRangesCoverEveryIndexOnce(count: Int, threads: Int) {
        let seen = Mutex([Int](repeating: 0, count: count))
        parallelRanges(count: count, threads: threads) { range in
            seen.withLock { for index in range { $0[index] += 1 } }
        }
        #expect(seen.withLock { $0 } == [Int](repeating: 1, count: count))
    }

    @Test func rotaryEmbeddingIsIdentityAtZeroAndKeepsLengths() {
        let rope = RotaryEmbedding(dimensions: 64, base: 100_000, positions: 8)
        var generator = SplitMix(seed: 5)
        let original = (0..<128).map { _ in generator.float(in: -1...1) }
        var vector = original
        rope.rotate(&vector, heads: 2, headSize: 64, position: 0)
        #expect(vector == original)
        rope.rotate(&vector, heads: 2, headSize: 64, position: 7)
        for pair in 0..<64 {
            let before =
                original[2 * pair] * original[2 * pair] + original[2 * pair + 1] * original[2 * pair + 1]
            let after = vector[2 * pair] * vector[2 * pair] + vector[2 * pair + 1] * vector[2 * pair + 1]
            #expect(abs(before - after) < 1e-5)
        }
        // The first pair turns by exactly `position` radians.
        let angle = Float(7)
        let expected = original[0] * cos(angle) - original[1] * sin(angle)
        #expect(abs(vector[0] - expected) < 1e-5)
    }

    @Test func softmaxAndRMSNorm() {
        var scores: [Float] = [1, 2, 3, 1000]
        AttentionKernel.softmax(&scores, count: 4)
        #expect(abs(scores.reduce(0, +) - 1) < 1e-6 && scores[3] > 0.999)
        let input: [Float] = [3, 4, 0, 0]
        let weight: [Float] = [1, 1, 2, 1]
        var output = [Float](repeating: 0, count: 4)
        VectorMath.rmsNorm(input, weight: weight, epsilon: 0, count: 4, into: &output)
        #expect(abs(output[0] - 1.2) < 1e-6 && abs(output[1] - 1.6) < 1e-6)
    }
}
