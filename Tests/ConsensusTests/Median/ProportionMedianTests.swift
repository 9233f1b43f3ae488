import FixedPoint
import Testing

@testable import Consensus

/// The 32-bit median of proportion scores against the 64-bit path and the reference selection.
@Suite struct ProportionMedianTests {
    /// Random proportion matrices with ties, zeros, 1.0, zero-stake voters and edge majorities.
    @Test(arguments: Array(UInt64(1)...240))
    func proportionsMatchTheReference(seed: UInt64) {
        var random = KernelRandom(state: seed &* 104_729)
        let rows = Int.random(in: 1...(random.chance(1, in: 4) ? 700 : 70), using: &random)
        let columns = Int.random(in: 1...21, using: &random)
        let distinct = Int64.random(in: 1...12, using: &random)
        let wide = random.chance(1, in: 2)
        let equalStakes = random.chance(1, in: 8)
        let stake: [I32F32] = (0..<rows).map { _ in
            if equalStakes { return .one }
            if random.chance(1, in: 6) { return .zero }
            return I32F32(raw: random.chance(1, in: 8) ? 1 : Int64.random(in: 1...(1 << 34), using: &random))
        }
        var fixed = FixedRows(rowStart: [0], columns: [], values: [])
        var reference = ReferenceRows(rowStart: [0], columns: [], values: [])
        for _ in 0..<rows {
            let density = Int.random(in: 1...4, using: &random)
            for j in 0..<columns where Int.random(in: 0..<4, using: &random) < density {
                let raw: Int64 =
                    random.chance(1, in: 15)
                    ? 1 << 32
                    : wide
                        ? Int64.random(in: 0...(1 << 32) - 2, using: &random)
                        : Int64.random(in: 0...distinct, using: &random) * 100_003
                fixed.columns.append(UInt16(j))
                fixed.values.append(raw)
                reference.columns.append(UInt16(j))
                reference.values.append(raw)
            }
            fixed.rowStart.append(fixed.columns.count)
            reference.rowStart.append(reference.columns.count)
        }
        let majorities: [Int64] = [
            0, 1, 1 << 31, (1 << 32) - 1, 1 << 32, (1 << 32) + 5,
            Int64.random(in: 0...(1 << 32), using: &random),
        ]
        let majority = I32F32(raw: majorities[Int.random(in: 0..<majorities.count, using: &random)])
        let expected = ReferenceMath.weightedMedianColumns(
            stake: stake, scores: reference, columns: columns, majority: majority)
        let median = EpochMath.weightedMedianColumns(
            stake: stake, scores: fixed, columns: columns, majority: majority)
        let wideMedian = EpochMath.wideMedianColumns(
            stake: stake, scores: fixed, columns: columns, majority: majority)
        #expect(median == expected, "seed \(seed)")
        #expect(wideMedian == expected, "seed \(seed)")
    }

    /// Small columns worked by hand: (stakes, one score per voter, majority, median).
    static let cases: [(stakes: [Int64], scores: [Int64], majority: Int64, median: Int64)] = [
        // A single voter: its score, including 1.0.
        ([5], [123], 1 << 31, 123),
        ([5], [1 << 32], 1 << 31, 1 << 32),
        // Every voter at 0.
        ([1, 2, 3], [0, 0, 0], 1 << 31, 0),
        // Three thirds: the middle score, below and at a tie.
        ([1, 1, 1], [30, 10, 20], 1 << 31, 20),
        ([1, 1, 1], [20, 10, 20], 1 << 31, 20),
        ([1, 1, 1], [10, 10, 20], 1 << 31, 10),
        // Zero-stake voters do not vote.
        ([1, 0, 1, 0], [10, 1 << 32, 30, 1 << 32], 1 << 31, 30),
        // A heavy voter at 1.0 carries the majority.
        ([1, 9], [7, 1 << 32], 1 << 31, 1 << 32),
        // 2^32 − 2, the largest score below 1.0, next to 1.0.
        ([1, 1, 1], [(1 << 32) - 2, 1 << 32, (1 << 32) - 2], 1 << 31, (1 << 32) - 2),
        // Majority 1: the smallest score; majority 0: the largest.
        ([3, 5, 7], [40, 10, 20], 1 << 32, 10),
        ([3, 5, 7], [40, 10, 20], 0, 40),
        // Majority just below and above the stake of the voters at or above a score.
        ([1, 3], [10, 20], 3_221_225_472, 20),
        ([1, 3], [10, 20], 3_221_225_473, 10),
    ]

    @Test(arguments: cases.indices)
    func workedColumns(index: Int) {
        let test = Self.cases[index]
        let stake = test.stakes.map { I32F32(raw: $0) }
        let scores = test.scores.map { [I32F32(raw: $0)] }
        let median = EpochMath.weightedMedianColumns(
            stake: stake, scores: scores, majority: I32F32(raw: test.majority))
        #expect(median == [I32F32(raw: test.median)])
    }

    /// Which inputs the 32-bit path takes: (score, stakes, majority, taken).
    static let ranges: [(score: Int64, stakes: [Int64], majority: Int64, taken: Bool)] = [
        (1 << 31, [1, 2], 1 << 31, true),
        (1 << 32, [1, 2], 1 << 31, true),
        ((1 << 32) - 1, [1, 2], 1 << 31, false),
        ((1 << 32) + 1, [1, 2], 1 << 31, false),
        (1 << 31, [1, 1], 1 << 31, true),
        (1 << 31, [1], 1 << 31, true),
        (1 << 31, [1, 2], 0, false),
        (1 << 31, [1, 2], (1 << 32) + 1, false),
    ]

    @Test(arguments: ranges.indices)
    func keyableRange(index: Int) {
        let test = Self.ranges[index]
        let stake = test.stakes.map { I32F32(raw: $0) }
        let rows = FixedRows(
            rowStart: Array(0...stake.count), columns: stake.map { _ in 0 },
            values: [test.score] + Array(repeating: 7, count: stake.count - 1))
        let majority = I32F32(raw: test.majority)
        let fast = EpochMath.proportionMedianColumns(
            stake: stake, scores: rows, columns: 1, majority: majority)
        #expect((fast != nil) == test.taken)
        let wide = EpochMath.wideMedianColumns(stake: stake, scores: rows, columns: 1, majority: majority)
        #expect(
            EpochMath.weightedMedianColumns(stake: stake, scores: rows, columns: 1, majority: majority)
                == wide)
        if let fast { #expect(fast == wide) }
    }

    /// Block widths: (voters, columns, width).
    static let widths: [(voters: Int, columns: Int, width: Int)] = [
        (1, 4_096, 4_096), (1, 5, 8), (64, 4_096, 256), (64, 100, 104), (100, 4_096, 256),
        (2_047, 4_096, 256), (2_048, 4_096, 512), (4_096, 4_096, 512), (4_096, 300, 304), (20_000, 9, 16),
    ]

    @Test(arguments: widths.indices)
    func blockWidth(index: Int) {
        let test = Self.widths[index]
        #expect(EpochMath.proportionBlockWidth(voters: test.voters, columns: test.columns) == test.width)
    }
}
