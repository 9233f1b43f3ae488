import Foundation

@testable import LanguageModel

/// A small deterministic generator for kernel test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func float(in range: ClosedRange<Float>) -> Float {
        range.lowerBound + Float(next() >> 40) / Float(1 << 24) * (range.upperBound - range.lowerBound)
    }
}

extension QuantizedMatrix {
    /// A matrix with random quants, scales and (for q4_1) minimums, stored block by block through
    /// `setBlock` from llama.cpp's layout, as the GGUF loader does.
    static func random(format: Format, rows: Int, columns: Int, using generator: inout SplitMix)
        -> QuantizedMatrix
    {
        let matrix = QuantizedMatrix(format: format, rows: rows, columns: columns)
        for row in 0..<rows {
            for block in 0..<matrix.blocksPerRow {
                let bytes = (0..<matrix.quantBytesPerBlock).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let scale = generator.float(in: 0.001...0.05)
                let minimum = format == .q4_1 ? generator.float(in: -0.2...0) : 0
                bytes.withUnsafeBytes { raw in
                    guard let base = raw.baseAddress else { return }
                    matrix.setBlock(row: row, block: block, scale: scale, minimum: minimum, quants: base)
                }
            }
        }
        return matrix
    }
}
