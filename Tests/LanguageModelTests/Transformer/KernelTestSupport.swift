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
    /// A matrix with random quants, scales and (for q4_1) minimums.
    static func random(format: Format, rows: Int, columns: Int, using generator: inout SplitMix)
        -> QuantizedMatrix
    {
        let matrix = QuantizedMatrix(format: format, rows: rows, columns: columns)
        let blocks = rows * matrix.blocksPerRow
        for byte in 0..<(blocks * matrix.quantBytesPerBlock) {
            matrix.quants.storeBytes(
                of: UInt8(truncatingIfNeeded: generator.next()), toByteOffset: byte, as: UInt8.self)
        }
        for block in 0..<blocks {
            matrix.scales[block] = generator.float(in: 0.001...0.05)
            if format == .q4_1 { matrix.minimums[block] = generator.float(in: -0.2...0) }
        }
        return matrix
    }
}
