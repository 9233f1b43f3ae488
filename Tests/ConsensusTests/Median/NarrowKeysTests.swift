import FixedPoint
import Testing

@testable import Consensus

/// The 32-bit lane keys of u16 weights against the 64-bit scalar normalization.
@Suite struct NarrowKeysTests {
    /// Row sums at the ends of the narrow range and between, and sums outside it.
    static let sums: [UInt64] = [
        65_537, 65_538, 100_000, 131_071, 131_072, 1 << 20, 65_535 * 4_095, (1 << 31) - 1, 2_147_483_000,
    ]

    @Test(arguments: sums)
    func keysMatchTheScalarPath(sum: UInt64) throws {
        let scale = U16Proportion(sum: sum)
        let narrow = try #require(NarrowKeys(scale))
        var random = KernelRandom(state: sum)
        // Every u16 value lies below a sum in range: 0, 1, 65_535 and random values.
        let top = UInt16.max
        var values: [UInt16] = [0, 1, 2, top, top - 1, 65_535 / 2]
        for _ in 0..<400 { values.append(UInt16.random(in: 0...top, using: &random)) }
        while values.count % 8 != 0 { values.append(top) }
        for start in stride(from: 0, to: values.count, by: 8) {
            let w = SIMD8<UInt16>(values[start..<start + 8])
            let keys = narrow.keys(w)
            for lane in 0..<8 {
                #expect(
                    keys[lane] == ProportionTile.key(scale(w[lane])), "sum \(sum) value \(w[lane])")
            }
        }
    }

    /// Sums outside `2^16 + 1..<2^31` (and the empty and saturated rows) take the 64-bit path.
    static let wideSums: [UInt64] = [0, 1, 2, 65_535, 65_536, 1 << 31, (1 << 31) + 5, UInt64(Int64.max >> 32) + 1]

    @Test(arguments: wideSums)
    func wideSumsAreRefused(sum: UInt64) {
        #expect(NarrowKeys(U16Proportion(sum: sum)) == nil)
    }
}
