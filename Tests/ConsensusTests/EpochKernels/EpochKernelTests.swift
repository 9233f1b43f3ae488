import FixedPoint
import Testing

@testable import Consensus

/// A seeded SplitMix64 stream for the kernel tests.
struct KernelRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ numerator: Int, in denominator: Int) -> Bool {
        Int.random(in: 0..<denominator, using: &self) < numerator
    }
}

/// Random networks that exercise the corners of the epoch: empty rows, single-entry rows, zero
/// entries, rows whose sum saturates, recently registered and outdated columns, bonds without weights
/// and weights without bonds, zero and tiny stakes, arbitrary hyperparameters.
enum KernelNetworks {
    static func input(seed: UInt64) -> EpochInput {
        var random = KernelRandom(state: seed)
        let n =
            random.chance(1, in: 8)
            ? Int.random(in: 1...3, using: &random) : Int.random(in: 4...70, using: &random)
        let block: UInt64 = 10_000
        var parameters = EpochHyperparameters()
        parameters.kappa =
            random.chance(1, in: 3) ? 32_767 : UInt16.random(in: 0...UInt16.max, using: &random)
        parameters.bondsPenalty =
            [0, 65_535, 1, 32_768, UInt16.random(in: 0...UInt16.max, using: &random)][
                Int.random(in: 0..<5, using: &random)]
        parameters.bondsMovingAverage =
            [900_000, 0, 1_000_000, 3_000_000, UInt64.random(in: 0...1_000_000, using: &random)][
                Int.random(in: 0..<5, using: &random)]
        parameters.tempo = UInt64.random(in: 1...500, using: &random)
        parameters.activityCutoff = UInt64.random(in: 10...2_000, using: &random)
        parameters.maxAllowedValidators = UInt16.random(in: 1...UInt16(max(1, n)), using: &random)
        parameters.stakeThreshold =
            random.chance(1, in: 4) ? UInt64.random(in: 0...1_000_000, using: &random) : 0
        parameters.alphaLow = UInt16.random(in: 1...40_000, using: &random)
        parameters.alphaHigh = UInt16.random(in: parameters.alphaLow...UInt16.max, using: &random)
        parameters.alphaSigmoidSteepness = Int16.random(in: 0...2_000, using: &random)

        let stakeStyle = Int.random(in: 0..<4, using: &random)
        let stake: [UInt64] = (0..<n).map { _ in
            if random.chance(1, in: 5) { return 0 }
            switch stakeStyle {
            case 0: return UInt64.random(in: 1...1_000, using: &random)
            case 1: return random.chance(1, in: 2) ? 1 : 1_000_000_000_000_000
            case 2: return 1_000_000
            default: return UInt64.random(in: 1...1_000_000_000_000_000_000, using: &random)
            }
        }
        let lastUpdate = (0..<n).map { _ in block - UInt64.random(in: 0...3_000, using: &random) }
        // Half the networks register nobody recently, so rows take the unmasked (vectorized) paths.
        let settled = random.chance(1, in: 2)
        let registration = (0..<n).map { _ in
            settled
                ? UInt64.random(in: 0...100, using: &random)
                : random.chance(1, in: 4)
                    ? block - UInt64.random(in: 0...600, using: &random)
                    : UInt64.random(in: 0...5_000, using: &random)
        }
        let permits = (0..<n).map { _ in !random.chance(1, in: 5) }
        let weights = matrix(n: n, random: &random, weights: true)
        // Half the networks keep bonds exactly on the weighted cells (the kernels' fast rows).
        let bonds =
            random.chance(1, in: 2)
            ? sameLayout(as: weights, random: &random) : matrix(n: n, random: &random, weights: false)
        let owner: Int? = random.chance(1, in: 2) ? Int.random(in: 0..<n, using: &random) : nil
        return EpochInput(
            hyperparameters: parameters, currentBlock: block,
            raoEmission: UInt64.random(in: 0...10_000_000_000, using: &random),
            stake: stake, lastUpdate: lastUpdate, blockAtRegistration: registration, validatorPermit: permits,
            weights: weights, bonds: bonds, ownerUID: owner)
    }

    static func sameLayout(as matrix: SparseMatrix, random: inout KernelRandom) -> SparseMatrix {
        var builder = SparseMatrixBuilder(size: matrix.size, reserving: matrix.entryCount)
        for i in 0..<matrix.size {
            for entry in matrix.row(i) {
                let value = random.chance(1, in: 20) ? 0 : UInt16.random(in: 1...UInt16.max, using: &random)
                builder.append(column: entry.column, value: value)
            }
            builder.endRow()
        }
        return builder.build()
    }

    static func matrix(n: Int, random: inout KernelRandom, weights: Bool) -> SparseMatrix {
        var builder = SparseMatrixBuilder(size: n, reserving: 0)
        let density = Int.random(in: 0...100, using: &random)
        for _ in 0..<n {
            let style = Int.random(in: 0..<10, using: &random)
            for j in 0..<n {
                switch style {
                case 0: break  // empty row
                case 1:  // one entry
                    if j == n / 2 {
                        builder.append(
                            column: UInt16(j), value: UInt16.random(in: 0...UInt16.max, using: &random))
                    }
                case 2:  // one positive entry among zeros
                    builder.append(
                        column: UInt16(j),
                        value: j == 0 ? UInt16.random(in: 1...UInt16.max, using: &random) : 0)
                case 3:  // full row of maxima (a weight row sum that can saturate in large networks)
                    builder.append(column: UInt16(j), value: .max)
                case 4:  // ties
                    if random.chance(density, in: 100) { builder.append(column: UInt16(j), value: 30_000) }
                default:
                    if random.chance(density, in: 100) {
                        let value =
                            random.chance(1, in: 10) ? 0 : UInt16.random(in: 1...UInt16.max, using: &random)
                        builder.append(column: UInt16(j), value: value)
                    }
                }
            }
            builder.endRow()
        }
        _ = weights
        return builder.build()
    }

}

@Suite struct EpochKernelTests {
    static let seeds: [UInt64] = Array(1...400)

    @Test(arguments: seeds)
    func randomNetworksMatchTheReference(seed: UInt64) throws {
        let input = KernelNetworks.input(seed: seed)
        for mechanism in BondsMechanism.allCases {
            let expected = try ReferenceEpoch.run(input, mechanism: mechanism)
            let actual = try YumaEpoch.run(input, mechanism: mechanism)
            #expect(actual == expected, "seed \(seed), \(mechanism)")
            let recomputed = try YumaEpoch.run(input, mechanism: mechanism, laneCacheCells: 0)
            #expect(recomputed == expected, "seed \(seed), \(mechanism), no lane cache")
        }
    }

    @Test(arguments: [(64, 8), (300, 300), (200, 17)])
    func syntheticNetworksMatchTheReference(n: Int, validators: Int) throws {
        let input = SyntheticNetwork.input(n: n, validators: validators)
        for mechanism in BondsMechanism.allCases {
            let expected = try ReferenceEpoch.run(input, mechanism: mechanism)
            #expect(try YumaEpoch.run(input, mechanism: mechanism) == expected)
            #expect(try YumaEpoch.run(input, mechanism: mechanism, laneCacheCells: 0) == expected)
        }
    }

    @Test func chainedEpochsMatchTheReference() throws {
        for mechanism in BondsMechanism.allCases {
            var input = KernelNetworks.input(seed: 7_777)
            var reference = input
            for step in 0..<6 {
                let actual = try YumaEpoch.run(input, mechanism: mechanism)
                let expected = try ReferenceEpoch.run(reference, mechanism: mechanism)
                #expect(actual == expected, "epoch \(step), \(mechanism)")
                input.bonds = actual.bonds
                reference.bonds = expected.bonds
                input.validatorPermit = actual.newValidatorPermit
                reference.validatorPermit = expected.newValidatorPermit
                input.currentBlock += 100
                reference.currentBlock += 100
            }
        }
    }
}

/// A direct port of the chain's `weighted_median` (pivot recursion) and `weighted_median_col_sparse`.
enum ChainMedian {
    static func weightedMedian(
        stake: [I32F32], score: [I32F32], minority: I32F32, low: I32F32, high: I32F32
    ) -> I32F32 {
        var partition = Array(stake.indices)
        var partitionLow = low
        var partitionHigh = high
        var iterations = 0
        while true {
            let n = partition.count
            if n == 0 { return .zero }
            if n == 1 { return score[partition[0]] }
            let pivot = score[partition[n / 2]]
            var lowStake = I32F32.zero
            var highStake = I32F32.zero
            var lower: [Int] = []
            var upper: [Int] = []
            for index in partition {
                if score[index] == pivot { continue }
                if score[index] < pivot {
                    lowStake = lowStake.saturatingAdd(stake[index])
                    lower.append(index)
                } else {
                    highStake = highStake.saturatingAdd(stake[index])
                    upper.append(index)
                }
            }
            if minority < partitionLow.saturatingAdd(lowStake), !lower.isEmpty {
                partition = lower
                partitionHigh = partitionLow.saturatingAdd(lowStake)
            } else if partitionHigh.saturatingSub(highStake) <= minority, !upper.isEmpty {
                partition = upper
                partitionLow = partitionHigh.saturatingSub(highStake)
            } else {
                return pivot
            }
            iterations += 1
            if iterations > stake.count { return .zero }
        }
    }

    static func columns(stake: [I32F32], scores: [[I32F32]], majority: I32F32) -> [I32F32] {
        let useStake = EpochMath.normalize(stake.filter { $0 > .zero })
        let stakeSum = useStake.saturatingSum()
        let minority = stakeSum.saturatingSub(majority)
        let columns = scores.first?.count ?? 0
        return (0..<columns).map { j in
            let column = stake.indices.filter { stake[$0] > .zero }.map { scores[$0][j] }
            return weightedMedian(
                stake: useStake, score: column, minority: minority, low: .zero, high: stakeSum)
        }
    }
}

@Suite struct WeightedMedianKernelTests {
    @Test(arguments: Array(UInt64(1)...300))
    func matchesTheChainsPivotAlgorithm(seed: UInt64) {
        var random = KernelRandom(state: seed &* 7_919)
        let rows = Int.random(in: 0...(random.chance(1, in: 4) ? 700 : 40), using: &random)
        let columns = Int.random(in: 1...6, using: &random)
        let distinct = Int.random(in: 1...20, using: &random)
        let wide = random.chance(1, in: 2)
        let stake: [I32F32] = (0..<rows).map { _ in
            if random.chance(1, in: 5) { return .zero }
            return I32F32(raw: random.chance(1, in: 6) ? 1 : Int64.random(in: 1...(1 << 34), using: &random))
        }
        let scores: [[I32F32]] = (0..<rows).map { _ in
            (0..<columns).map { _ in
                if random.chance(1, in: 4) { return .zero }
                if random.chance(1, in: 20) { return .one }
                let raw =
                    wide
                    ? Int64.random(in: 1...(1 << 32) - 3, using: &random)
                    : Int64(Int.random(in: 1...distinct, using: &random)) * 1_000_003
                return I32F32(raw: raw)
            }
        }
        let majority = I32F32(raw: Int64.random(in: 0...(1 << 32) + 5, using: &random))
        let expected = ChainMedian.columns(stake: stake, scores: scores, majority: majority)
        let actual = EpochMath.weightedMedianColumns(stake: stake, scores: scores, majority: majority)
        if rows > 0 { #expect(actual == expected, "seed \(seed)") }
    }
}

/// The division kernels against the chain's definition: `safe_div` of raw values, floor(x · 2^32 / d).
@Suite struct ProportionKernelTests {
    /// `ProportionDivider(d).quotient(x)` as the epoch defined it before the kernels: 128-bit division.
    static func exact(_ x: Int64, _ d: Int64) -> Int64 {
        d <= 0 ? x : Int64(clamping: (Int128(x) << 32) / Int128(d))
    }

    @Test(arguments: Array(UInt64(1)...40))
    func dividersMatchExactDivision(seed: UInt64) {
        var random = KernelRandom(state: seed)
        for _ in 0..<2_000 {
            let d: Int64 =
                switch Int.random(in: 0..<5, using: &random) {
                case 0: Int64.random(in: 1...(1 << 32), using: &random)
                case 1: Int64.random(in: 1...1_000, using: &random)
                case 2: Int64.random(in: (1 << 60)...Int64.max, using: &random)
                case 3: 0
                default: Int64.random(in: 1...(1 << 48), using: &random)
                }
            let x =
                d <= 0
                ? Int64.random(in: 0...(1 << 32), using: &random)
                : random.chance(1, in: 8) ? d : Int64.random(in: 0...min(d, 1 << 50), using: &random)
            let divider = ProportionDivider(d)
            #expect(divider.quotient(x) == Self.exact(x, d), "x \(x), d \(d)")
            if d < 1 << 61, x < 1 << 52 {
                let lanes = ProportionLanes.quotients(
                    SIMD4(repeating: x), divisors: SIMD4(repeating: d),
                    reciprocals: SIMD4(repeating: divider.reciprocal))
                #expect(lanes == SIMD4(repeating: Self.exact(x, d)), "lanes x \(x), d \(d)")
            }
            if d < 1 << 32, x <= max(d, 0) || d == 0 {
                let narrow = ProportionLanes.quotients(
                    SIMD4(repeating: x), divisors: SIMD4(repeating: d),
                    reciprocals: SIMD4(repeating: divider.reciprocal), narrow: true)
                #expect(narrow == SIMD4(repeating: Self.exact(x, d)), "narrow lanes x \(x), d \(d)")
            }
        }
    }

    @Test func u16ProportionsMatchTheSaturatedDivision() {
        var random = KernelRandom(state: 99)
        let sums: [UInt64] =
            [0, 1, 2, 65_535, 65_536, (1 << 31) - 1, 1 << 31, (1 << 31) + 7, 65_535 * 65_536]
            + (0..<200).map { _ in UInt64.random(in: 1...(65_535 * 65_536), using: &random) }
        for sum in sums {
            // The epoch's divisor: the sum as I32F32, saturated when it leaves the range.
            let raw = sum > UInt64(Int64.max >> 32) ? Int64.max : Int64(sum) << 32
            let scale = U16Proportion(sum: sum)
            var samples: [UInt16] = [0, 1, .max]
            if sum <= UInt64(UInt16.max) { samples.append(UInt16(sum)) }
            samples += (0..<50).map { _ in UInt16.random(in: 0...UInt16(min(sum, 65_535)), using: &random) }
            for v in samples where sum == 0 ? v == 0 : UInt64(v) <= sum {
                let expected = Self.exact(Int64(v) << 32, raw)
                #expect(scale(v) == expected, "v \(v), sum \(sum)")
                let lanes = ProportionLanes.proportions(
                    SIMD4(repeating: UInt64(v)), multipliers: SIMD4(repeating: scale.multiplier),
                    divisors: SIMD4(repeating: scale.divisor))
                #expect(lanes == SIMD4(repeating: expected), "lanes v \(v), sum \(sum)")
            }
        }
    }

    @Test func productsMatchTheSaturatingProduct() {
        var random = KernelRandom(state: 5)
        let edges: [Int64] = [0, 1, (1 << 32) - 1, 1 << 32, 1 << 31]
        for _ in 0..<5_000 {
            let a =
                random.chance(1, in: 4)
                ? edges[Int.random(in: 0..<5, using: &random)]
                : Int64.random(in: 0...(1 << 32), using: &random)
            let b =
                random.chance(1, in: 4)
                ? edges[Int.random(in: 0..<5, using: &random)]
                : Int64.random(in: 0...(1 << 32), using: &random)
            let expected = I32F32(raw: a).saturatingMul(I32F32(raw: b)).raw
            #expect(proportionProduct(a, b) == expected)
            #expect(fractionProduct(a, b) == expected)
            #expect(
                ProportionLanes.products(SIMD4(repeating: a), SIMD4(repeating: b))
                    == SIMD4(repeating: expected))
            if a < 1 << 32 {
                #expect(
                    ProportionLanes.products(belowOne: SIMD4(repeating: a), SIMD4(repeating: b))
                        == SIMD4(repeating: expected))
            }
        }
    }
}
