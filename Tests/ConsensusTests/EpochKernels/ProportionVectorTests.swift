import FixedPoint
import Testing

@testable import Consensus

/// The shortcuts of the per-uid vector helpers against the chain's generic fixed-point operations.
@Suite struct ProportionVectorTests {
    /// A random vector: proportions, zeros, ones, and (in some) negative or very large values.
    static func vector(_ random: inout KernelRandom) -> [I32F32] {
        let n = Int.random(in: 0...40, using: &random)
        let style = Int.random(in: 0..<4, using: &random)
        return (0..<n).map { _ in
            if random.chance(1, in: 6) { return .zero }
            switch style {
            case 0: return I32F32(raw: Int64.random(in: 0...(1 << 32), using: &random))
            case 1: return I32F32(raw: Int64.random(in: 0...1_000, using: &random))
            case 2: return I32F32(raw: Int64.random(in: -(1 << 40)...(1 << 40), using: &random))
            default: return I32F32(raw: Int64.random(in: 0...(Int64.max / 8), using: &random))
            }
        }
    }

    @Test(arguments: Array(UInt64(1)...30))
    func vectorHelpersMatchTheGenericOperations(seed: UInt64) {
        var random = KernelRandom(state: seed)
        for _ in 0..<40 {
            let x = Self.vector(&random)
            let sum = x.saturatingSum()
            #expect(EpochMath.normalize(x) == (sum == .zero ? x : x.map { $0.safeDiv(sum) }), "\(x)")
            let y = x.map { I32F32(raw: $0.raw &+ Int64.random(in: 0...(1 << 33), using: &random)) }
            #expect(EpochMath.divide(x, by: y) == zip(x, y).map { $0.safeDiv($1) })
            #expect(EpochMath.divide(x, by: x) == x.map { $0.safeDiv($0) })
            #expect(EpochMath.proportionsToU16(x) == x.map(fixedProportionToU16))
            let other = Self.vector(&random)
            let otherSum = other.saturatingSum()
            #expect(
                EpochMath.normalize(x, usingSum: otherSum)
                    == (otherSum == .zero ? x : x.map { $0.safeDiv(otherSum) }))
            let rao =
                random.chance(1, in: 4) ? UInt64.max : UInt64.random(in: 0...10_000_000_000, using: &random)
            for share in x {
                let generic = I96F32(saturating: share).saturatingMul(I96F32(saturating: rao))
                    .saturatingToUInt64()
                #expect((ProportionVector.rao(share, of: rao) ?? generic) == generic)
            }
            if let maximum = x.max(), maximum > .zero, maximum <= I32F32(saturating: 32_768) {
                let u16Max = I32F32(saturating: 65_535)
                #expect(
                    EpochMath.maxUpscaleToU16(x)
                        == x.map { $0.saturatingMul(u16Max).safeDiv(maximum).rounded().saturatingToUInt16() })
            }
            let k = Int.random(in: 0...(x.count + 1), using: &random)
            let order = x.indices.sorted { x[$0] != x[$1] ? x[$0] < x[$1] : $0 < $1 }
            var expected = x.map { $0 != .zero }
            if x.count >= k { for index in order.prefix(x.count - k) { expected[index] = false } }
            #expect(EpochMath.isTopKNonzero(x, k: k) == expected, "k \(k), \(x)")
        }
    }

    /// The u16 normalization's multiplier ceil(2^48 / d), against the integer division, at powers of
    /// two, their neighbours, divisors of 2^48 and random sums.
    @Test func u16MultiplierIsTheCeilingQuotient() {
        var sums: [UInt64] = [1, 2, 3, 65_535, 65_536, 65_537, (1 << 31) - 1, 3 * 5 * 17 * 257, 1 << 24]
        for bit in 0..<31 { sums += [(1 << bit) &- 1, 1 << bit, (1 << bit) + 1].filter { $0 > 0 } }
        var random = KernelRandom(state: 48)
        for _ in 0..<2_000 { sums.append(UInt64.random(in: 1...((1 << 31) - 1), using: &random)) }
        for d in sums {
            #expect(U16Proportion.ceilingQuotient(d) == ((1 << 48) + d - 1) / d, "d = \(d)")
        }
    }

    /// Upscaling at the ends of its range: the largest maximum, values a unit from it, halves.
    @Test(arguments: [
        [(32_768 as Int64) << 32, (32_768 << 32) - 1, 1, 0],
        [1, 0, 1],
        [3, 1, 2],
        [(1 as Int64) << 32, 1 << 31, (1 << 31) + 1, (1 << 31) - 1, 32_768, 32_769],
        [((1 as Int64) << 47) - 3, (1 << 46) - 1, 1 << 46, 12_345_678_901],
        // Four-lane path (maximum at most 1.0): halves, a unit either side, and a scalar tail.
        [(1 as Int64) << 32, 0, 1, (1 << 31) - 1, 1 << 31, (1 << 31) + 1, (1 << 32) - 1, 65_536, 32_767],
        [3_000_000_007, 1_500_000_003, 1_500_000_004, 22_889, 22_890, 45_779, 0, 3_000_000_006],
        [7, 7, 7, 7, 3, 4, 1, 0, 5, 6, 2],
    ] as [[Int64]])
    func upscalingMatchesTheChainAtItsEdges(raw: [Int64]) {
        let x = raw.map(I32F32.init(raw:))
        let maximum = x.max() ?? .zero
        let u16Max = I32F32(saturating: 65_535)
        #expect(
            EpochMath.maxUpscaleToU16(x)
                == x.map { $0.saturatingMul(u16Max).safeDiv(maximum).rounded().saturatingToUInt16() })
    }

    @Test(arguments: Array(UInt64(1)...20))
    func stakeNormalizationMatchesTheI64F64Path(seed: UInt64) {
        var random = KernelRandom(state: seed)
        for _ in 0..<40 {
            let n = Int.random(in: 0...30, using: &random)
            let limit: UInt64 = [1_000, 1 << 40, 1 << 59, 1 << 62, .max][
                Int.random(in: 0..<5, using: &random)]
            let stake = (0..<n).map { _ in
                random.chance(1, in: 5) ? 0 : UInt64.random(in: 0...limit, using: &random)
            }
            let threshold = random.chance(1, in: 2) ? 0 : UInt64.random(in: 0...limit, using: &random)
            let filtered = stake.map { $0 < threshold ? I64F64.zero : I64F64(saturating: $0) }
            let expected = EpochMath.normalize(filtered).map { I32F32(saturating: $0) }
            #expect(
                YumaEpoch.normalizedStake(stake, threshold: threshold) == expected, "\(stake) \(threshold)")
        }
    }
}
