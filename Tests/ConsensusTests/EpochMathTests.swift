import Consensus
import FixedPoint
import Testing

/// The chain's math unit tests (`tests/math.rs`, spec/chain.md §10 V5) and the helpers' edge cases.
@Suite struct EpochMathTests {
    static let upscaleCases: [(raw: [Int64], expected: [UInt16])] = [
        ([0, 68_719, 4_294_967_296], [0, 1, 65_535]),
        ([4, 4], [65_535, 65_535]),
        (
            [0, 2_147_483_648, 4_294_967_296, 6_442_450_944, 8_589_934_592, 140_737_488_355_328],
            [0, 1, 2, 3, 4, 65_535]
        ),
        (
            [
                0, 2_147_483_648, 4_294_967_296, 6_442_450_944, 8_589_934_592, 140_737_488_355_328,
                140_741_783_322_624,
            ],
            [0, 1, 2, 3, 4, 65_533, 65_535]
        ),
        (
            [
                4_295, 25_770, 30_065, 429_497, 4_294_968, 42_949_672, 429_496_736, 858_993_472,
                1_288_490_240, 1_717_986_944,
            ],
            [0, 1, 1, 16, 164, 1_638, 16_384, 32_768, 49_151, 65_535]
        ),
        ([], []),
        ([0, 0], [0, 0]),
    ]

    @Test(arguments: upscaleCases)
    func maxUpscaleToU16(raw: [Int64], expected: [UInt16]) {
        #expect(EpochMath.maxUpscaleToU16(raw.map(I32F32.init(raw:))) == expected)
    }

    @Test func v5LiteralsConvertAsF32() {
        let literals: [Float] = [1e-6, 6e-6, 7e-6, 1e-4, 1e-3, 0.01, 0.1, 0.2, 0.3, 0.4]
        let raw = literals.map { I32F32(saturating: $0).raw }
        #expect(
            raw == [
                4_295, 25_770, 30_065, 429_497, 4_294_968, 42_949_672, 429_496_736, 858_993_472,
                1_288_490_240, 1_717_986_944,
            ])
    }

    static let medianCases: [(stake: [Float], rows: [[Float]], majority: Float, expected: [Float])] = [
        (
            [0, 0.75, 0.25, 0], [[0, 0.1, 0], [0, 0.2, 0.4], [0, 0.3, 0.1], [0, 0.4, 0.5]], 0.24,
            [0, 0.3, 0.4]
        ),
        (
            [0, 0.75, 0.25, 0], [[0, 0.1, 0], [0, 0.2, 0.4], [0, 0.3, 0.1], [0, 0.4, 0.5]], 0.26,
            [0, 0.2, 0.4]
        ),
        (
            [0, 0.75, 0.25, 0], [[0, 0.1, 0], [0, 0.2, 0.4], [0, 0.3, 0.1], [0, 0.4, 0.5]], 0.76,
            [0, 0.2, 0.1]
        ),
        (
            [0, 0.3, 0.2, 0.5], [[0, 0.1, 0], [0, 0.2, 0.4], [0, 0.3, 0.1], [0, 0, 0.5]], 0.51, [0, 0, 0.4]
        ),
    ]

    @Test(arguments: medianCases)
    func weightedMedianColumns(stake: [Float], rows: [[Float]], majority: Float, expected: [Float]) {
        let fixed = { (x: Float) in I32F32(saturating: x) }
        let median = EpochMath.weightedMedianColumns(
            stake: stake.map(fixed), scores: rows.map { $0.map(fixed) }, majority: fixed(majority))
        #expect(median == expected.map(fixed))
    }

    @Test func weightedMedianOfNoStakeIsZero() {
        let median = EpochMath.weightedMedianColumns(
            stake: [.zero, .zero], scores: [[.one, .one], [.one, .zero]], majority: I32F32(raw: 1 << 31))
        #expect(median == [.zero, .zero])
    }

    static let topKCases: [(values: [Int64], k: Int, expected: [Bool])] = [
        ([3, 1, 2], 2, [true, false, true]),
        ([3, 1, 2], 5, [true, true, true]),
        ([0, 5, 0, 7], 3, [false, true, false, true]),
        ([2, 2, 2], 1, [false, false, true]),
        ([1, 2, 3], 0, [false, false, false]),
    ]

    @Test(arguments: topKCases)
    func isTopKNonzero(values: [Int64], k: Int, expected: [Bool]) {
        #expect(EpochMath.isTopKNonzero(values.map(I32F32.init(raw:)), k: k) == expected)
    }

    @Test func normalizeKeepsZeroVectorsAndFloors() {
        #expect(EpochMath.normalize([I32F32.zero, .zero]) == [.zero, .zero])
        let thirds = EpochMath.normalize([I32F32.one, .one, .one])
        #expect(thirds == Array(repeating: I32F32(raw: 1_431_655_765), count: 3))
    }
}
