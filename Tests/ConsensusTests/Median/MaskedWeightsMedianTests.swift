import FixedPoint
import Testing

@testable import Consensus

/// The epoch's median on masked weights: the 32-bit keys gathered from the stored u16 weights give the
/// same consensus as the 64-bit path.
@Suite struct MaskedWeightsMedianTests {
    /// A random subnet: sparse or full rows, some permits, outdated cells and an owner.
    static func input(seed: UInt64) -> EpochInput {
        var random = KernelRandom(state: seed &* 15_485_863)
        let n = Int.random(in: 1...(random.chance(1, in: 3) ? 300 : 40), using: &random)
        let full = random.chance(1, in: 2)
        var weights = SparseMatrixBuilder(size: n, reserving: 0)
        var permits = [Bool]()
        for _ in 0..<n {
            let permit = random.chance(2, in: 3)
            permits.append(permit)
            let skip = random.chance(1, in: 2) ? Int.random(in: 0..<n, using: &random) : -1
            let density = Int.random(in: 1...4, using: &random)
            for j in 0..<n where full ? j != skip : Int.random(in: 0..<4, using: &random) < density {
                let w: UInt16 =
                    random.chance(1, in: 10)
                    ? .max : UInt16.random(in: 0...(random.chance(1, in: 2) ? 9 : .max), using: &random)
                weights.append(column: UInt16(j), value: w)
            }
            weights.endRow()
        }
        let stake = (0..<n).map { _ in
            random.chance(1, in: 5) ? 0 : UInt64.random(in: 1...1 << 50, using: &random)
        }
        let outdated = random.chance(1, in: 3)
        var parameters = EpochHyperparameters()
        parameters.kappa =
            [0, 1, 32_767, 65_534, 65_535, UInt16.random(in: 0...UInt16.max, using: &random)][
                Int.random(in: 0..<6, using: &random)]
        return EpochInput(
            hyperparameters: parameters, currentBlock: 1_000, raoEmission: 1_000_000, stake: stake,
            lastUpdate: (0..<n).map { _ in UInt64.random(in: 900...999, using: &random) },
            blockAtRegistration: (0..<n).map { _ in outdated ? UInt64.random(in: 0...999, using: &random) : 0
            },
            validatorPermit: permits, weights: weights.build(),
            bonds: SparseMatrixBuilder(size: n, reserving: 0).build(),
            ownerUID: random.chance(1, in: 2) ? Int.random(in: 0..<n, using: &random) : nil)
    }

    @Test(arguments: Array(UInt64(1)...120))
    func keysMatchTheWidePath(seed: UInt64) {
        let input = Self.input(seed: seed)
        let weights = MaskedWeights(input)
        let stake = input.stake.map { I32F32(raw: Int64($0 >> 20)) }
        let kappa = I32F32(saturating: input.hyperparameters.kappa).safeDiv(I32F32(saturating: UInt16.max))
        let wide = EpochMath.wideMedianColumns(
            stake: stake, scores: weights, columns: input.count, majority: kappa)
        let median = EpochMath.weightedMedianColumns(
            stake: stake, scores: weights, columns: input.count, majority: kappa)
        #expect(median == wide, "seed \(seed)")
    }

    /// The synthetic benchmark subnets, dense and with few validators.
    @Test(arguments: [(96, 96), (200, 8), (130, 130), (64, 1)])
    func syntheticSubnets(n: Int, validators: Int) {
        let input = SyntheticNetwork.input(n: n, validators: validators)
        let weights = MaskedWeights(input)
        let stake = YumaEpoch.normalizedStake(input.stake, threshold: input.hyperparameters.stakeThreshold)
        let kappa = I32F32(saturating: input.hyperparameters.kappa).safeDiv(I32F32(saturating: UInt16.max))
        let fast = EpochMath.proportionMedianColumns(
            stake: stake, scores: weights, columns: n, majority: kappa)
        let wide = EpochMath.wideMedianColumns(stake: stake, scores: weights, columns: n, majority: kappa)
        #expect(fast != nil)
        #expect(fast == wide)
    }
}
