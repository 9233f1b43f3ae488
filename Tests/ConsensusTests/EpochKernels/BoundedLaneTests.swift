import FixedPoint
import Testing

@testable import Consensus

/// The lane kernels with range shortcuts against the scalar operations they replace.
@Suite struct BoundedLaneTests {
    /// floor(x · 2^32 / d), or x for d = 0 (`safe_div` of raw values).
    static func exact(_ x: Int64, _ d: Int64) -> Int64 {
        d == 0 ? x : Int64((Int128(x) << 32) / Int128(d))
    }

    /// Divisors at the edges of each range, and random ones in it.
    static func divisors(_ range: DivisorRange, _ random: inout KernelRandom) -> [Int64] {
        let top: Int64 =
            switch range {
            case .below31: (1 << 31) - 1
            case .below32: (1 << 32) - 1
            // Numerators must stay below 2^52 (exact as doubles); the epoch's are at most 2^32.
            case .wide: (1 << 52) - 1
            }
        let edges: [Int64] = [0, 1, 2, 3, 65_535, 65_536, top - 1, top, (1 << 31) - 1, 1 << 31, 1 << 32]
        return edges.filter { $0 <= top } + (0..<300).map { _ in Int64.random(in: 1...top, using: &random) }
    }

    /// Numerators up to `d`: the edges 0, 1, d − 1, d and random ones.
    static func numerators(_ d: Int64, _ random: inout KernelRandom) -> [Int64] {
        guard d > 0 else { return [0] }
        return [0, 1, d - 1, d, d / 2] + (0..<8).map { _ in Int64.random(in: 0...d, using: &random) }
    }

    @Test(arguments: [DivisorRange.below31, .below32, .wide])
    func boundedQuotientsMatchExactDivision(range: DivisorRange) {
        var random = KernelRandom(state: 31)
        for d in Self.divisors(range, &random) {
            let reciprocal = ProportionDivider(d).reciprocal
            for x in Self.numerators(d, &random) {
                // Each lane its own numerator, so that lanes cannot hide one another's errors.
                let xs = SIMD4<Int64>(x, d > 0 ? (x &+ 1) % (d &+ 1) : 0, d - x, x / 3)
                let lanes = ProportionLanes.boundedQuotients(
                    xs, divisors: SIMD4(repeating: d), reciprocals: SIMD4(repeating: reciprocal), range: range
                )
                let expected = SIMD4<Int64>(
                    Self.exact(xs[0], d), Self.exact(xs[1], d), Self.exact(xs[2], d), Self.exact(xs[3], d))
                #expect(lanes == expected, "x \(xs), d \(d), \(range)")
                if range == .below31 {
                    let short = ProportionLanes.quotientsBelow31(
                        xs, divisors: SIMD4(repeating: d), reciprocals: SIMD4(repeating: reciprocal))
                    #expect(short == expected, "below 2^31: x \(xs), d \(d)")
                }
            }
        }
    }

    @Test func divisorRangesFollowTheLargestDivisor() {
        #expect(DivisorRange(largest: 0) == .below31)
        #expect(DivisorRange(largest: (1 << 31) - 1) == .below31)
        #expect(DivisorRange(largest: 1 << 31) == .below32)
        #expect(DivisorRange(largest: (1 << 32) - 1) == .below32)
        #expect(DivisorRange(largest: 1 << 32) == .wide)
        #expect(DividerLanes(divisors: [5, 1 << 31, 7]).range == .below32)
    }

    @Test(
        arguments: [0, 65_537, 65_538, 131_071, 1 << 20, (1 << 31) - 1, 1 << 31, 65_535 * 65_536, 1 << 40]
            as [UInt64])
    func narrowProportionsMatchTheU16Scale(sum: UInt64) {
        var random = KernelRandom(state: sum)
        let scale = U16Proportion(sum: sum)
        #expect(scale.multiplier < 1 << 32)
        let values: [UInt16] =
            sum == 0
            ? [0]
            : [0, 1, 2, .max, .max - 1] + (0..<200).map { _ in UInt16.random(in: 0...(.max), using: &random) }
        for value in values {
            let lanes = ProportionLanes.narrowProportions(
                SIMD4(UInt64(value), UInt64(value / 2), UInt64(value / 3), 0),
                multipliers: SIMD4(repeating: scale.multiplier), divisors: SIMD4(repeating: scale.divisor))
            #expect(
                lanes == SIMD4(scale(value), scale(value / 2), scale(value / 3), 0), "v \(value), sum \(sum)")
        }
    }

    @Test(arguments: [false, true])
    func emaLanesMatchTheScalarCell(liquid: Bool) {
        var random = KernelRandom(state: liquid ? 2 : 1)
        let n = 8
        for _ in 0..<300 {
            let deltaSums = (0..<n).map { _ in
                random.chance(1, in: 6)
                    ? Int64(0)
                    : Int64.random(
                        in: 1...(random.chance(1, in: 2) ? (1 << 31) - 1 : 1 << 32), using: &random)
            }
            let bondSums = (0..<n).map { _ in
                random.chance(1, in: 6) ? UInt64(0) : UInt64.random(in: 65_537...(1 << 33), using: &random)
            }
            let constant = Int64.random(in: 0..<(1 << 32), using: &random)
            let alphas = (0..<n).map { _ in
                liquid ? Int64.random(in: 0...(1 << 32), using: &random) : constant
            }
            let oneMinus = alphas.map { (1 << 32) - $0 }
            let deltaLanes = DividerLanes(divisors: deltaSums)
            let bondScales = bondSums.map(U16Proportion.init(sum:))
            let deltas = deltaSums.map { $0 == 0 ? 0 : Int64.random(in: 0...$0, using: &random) }
            let bonds = bondSums.map { UInt16.random(in: 0...UInt16(min($0, 65_535)), using: &random) }
            let divisors = Pinned(deltaLanes.divisors)
            let reciprocals = Pinned(deltaLanes.reciprocals)
            let multipliers = Pinned(bondScales.map(\.multiplier))
            let bondDivisors = Pinned(bondScales.map(\.divisor))
            let alphaValues = Pinned(alphas)
            let oneMinusValues = Pinned(oneMinus)
            let columns = EmaColumns(
                deltaDivisors: divisors.pointer, deltaReciprocals: reciprocals.pointer,
                bondMultipliers: multipliers.pointer, bondDivisors: bondDivisors.pointer,
                alphas: alphaValues.pointer, oneMinusAlphas: oneMinusValues.pointer, constantAlpha: !liquid,
                alphasBelowOne: (alphas + oneMinus).allSatisfy { $0 < 1 << 32 }, deltaRange: deltaLanes.range,
                narrowBonds: true)
            for j in stride(from: 0, to: n, by: 4) {
                let delta = SIMD4(deltas[j], deltas[j + 1], deltas[j + 2], deltas[j + 3])
                let bond = SIMD4(
                    UInt64(bonds[j]), UInt64(bonds[j + 1]), UInt64(bonds[j + 2]), UInt64(bonds[j + 3]))
                let lanes = columns.emaLanes(delta: delta, bonds: bond, j)
                let shaped =
                    columns.isCommonShape ? columns.commonShape.emaLanes(delta: delta, bonds: bond, j) : lanes
                if columns.isCommonShape {
                    // The run rows' straight-line kernel gives the same lanes.
                    let common = columns.commonEmaLanes(delta: delta, bonds: bond, j)
                    #expect(common == lanes, "columns \(j)...")
                }
                for lane in 0..<4 {
                    let c = j + lane
                    // The chain's operations, one cell at a time.
                    let bondDivisor =
                        bondSums[c] > UInt64(Int64.max >> 32) ? Int64.max : Int64(bondSums[c]) << 32
                    let normalizedDelta = I32F32(raw: Self.exact(deltas[c], deltaSums[c]))
                    let normalizedBond = I32F32(raw: Self.exact(Int64(bonds[c]) << 32, bondDivisor))
                    let expected = I32F32(raw: alphas[c]).saturatingMul(normalizedDelta)
                        .saturatingAdd(I32F32(raw: oneMinus[c]).saturatingMul(normalizedBond)).raw
                    #expect(columns.ema(delta: deltas[c], bond: bonds[c], c) == expected)
                    #expect(lanes[lane] == expected, "column \(c)")
                    #expect(shaped[lane] == expected, "common shape, column \(c)")
                }
            }
        }
    }
}

extension BoundedLaneTests {
    @Test(arguments: [DivisorRange.below31, .below32, .wide])
    func dividendLanesMatchTheScalarCell(range: DivisorRange) {
        var random = KernelRandom(state: 77)
        let n = 8
        let top: Int64 = range == .below31 ? (1 << 31) - 1 : range == .below32 ? (1 << 32) - 1 : 1 << 33
        for _ in 0..<300 {
            // Column sums of EMA, cells at most their sum, maxima between the cells and the sum.
            let sums = (0..<n).map { _ in
                random.chance(1, in: 6) ? Int64(0) : Int64.random(in: 1...top, using: &random)
            }
            let cells = sums.map {
                $0 == 0
                    ? 0
                    : [0, 1, $0, Int64.random(in: 0...$0, using: &random)][
                        Int.random(in: 0..<4, using: &random)]
            }
            let maxima = zip(sums, cells).map { sum, cell in
                Int64.random(in: cell...max(cell, sum), using: &random)
            }
            let normalizers = DividerLanes(divisors: sums)
            let upscalers = DividerLanes(
                divisors: (0..<n).map { ProportionDivider(sums[$0]).quotient(maxima[$0]) })
            let incentive = (0..<n).map { _ in
                random.chance(1, in: 8) ? Int64(1 << 32) : Int64.random(in: 0..<(1 << 32), using: &random)
            }
            let pinned = (
                Pinned(normalizers.divisors), Pinned(normalizers.reciprocals), Pinned(upscalers.divisors),
                Pinned(upscalers.reciprocals), Pinned(incentive)
            )
            let columns = DividendColumns(
                normalizerDivisors: pinned.0.pointer, normalizerReciprocals: pinned.1.pointer,
                upscalerDivisors: pinned.2.pointer, upscalerReciprocals: pinned.3.pointer,
                incentive: pinned.4.pointer, incentiveBelowOne: incentive.allSatisfy { $0 < 1 << 32 },
                normalizerRange: normalizers.range, upscalerRange: upscalers.range)
            for j in stride(from: 0, to: n, by: 4) {
                let ema = SIMD4(cells[j], cells[j + 1], cells[j + 2], cells[j + 3])
                let variants = [columns] + (columns.isCommonShape ? [columns.commonShape] : [])
                for variant in variants {
                    let normalized = variant.normalized(ema, j)
                    let dividends = variant.dividendLanes(normalized, j)
                    let stored = variant.storedLanes(normalized, j)
                    if normalizers.range != .wide, upscalers.range == .below31,
                        (j..<(j + 4)).allSatisfy({ incentive[$0] < 1 << 32 })
                    {
                        // The run rows' straight-line kernel gives the same dividends and u16 where
                        // its facts hold for these four columns.
                        let common = columns.commonLanes(ema, j)
                        #expect(common.dividends == dividends, "columns \(j)...")
                        #expect(common.stored == stored, "columns \(j)...")
                    }
                    for lane in 0..<4 {
                        let c = j + lane
                        let expectedNormalized = Self.exact(cells[c], sums[c])
                        let expectedUpscaled = Self.exact(expectedNormalized, upscalers.divisors[c])
                        #expect(normalized[lane] == expectedNormalized, "column \(c)")
                        #expect(variant.normalized(cells[c], c) == expectedNormalized)
                        #expect(
                            dividends[lane]
                                == I32F32(raw: incentive[c]).saturatingMul(I32F32(raw: expectedNormalized))
                                .raw)
                        #expect(
                            stored[lane] == fixedProportionToU16(I32F32(raw: expectedUpscaled)), "column \(c)"
                        )
                        #expect(variant.stored(expectedNormalized, c) == stored[lane])
                    }
                }
            }
        }
    }
}

/// A copy of an array at a stable address, for kernels that take pointers.
final class Pinned<Element> {
    let pointer: UnsafeMutablePointer<Element>
    let count: Int

    init(_ values: [Element]) {
        count = values.count
        pointer = .allocate(capacity: max(values.count, 1))
        pointer.initialize(from: values, count: values.count)
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }
}
