import Consensus
import Testing

/// Properties every epoch keeps, checked on random networks (fixed seeds, so runs are reproducible).
@Suite struct EpochPropertyTests {
    /// A random network with distinct stakes, partial weights and bonds, some inactive and some
    /// recently registered uids.
    static func randomNetwork(seed: UInt64, n: Int = 24, rao: UInt64? = nil) -> EpochInput {
        var k: UInt64 = 0
        func next(_ bound: UInt64) -> UInt64 {
            k += 1
            return SyntheticNetwork.random(k, seed: seed) % bound
        }
        var stake = (0..<n).map { UInt64($0) * 1_000_003 + next(1_000_000_000_000) }
        stake[n - 1] = 0
        var weights: [[(column: UInt16, value: UInt16)]] = []
        var bonds: [[(column: UInt16, value: UInt16)]] = []
        for _ in 0..<n {
            weights.append((0..<n).compactMap { j in next(3) == 0 ? nil : (UInt16(j), UInt16(next(65_536))) })
            bonds.append(
                (0..<n).compactMap { j in next(2) == 0 ? nil : (UInt16(j), UInt16(1 + next(65_535))) })
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = UInt16(n / 2)
        parameters.activityCutoff = 1_000
        return EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: rao ?? 1_000_000_000,
            stake: stake, lastUpdate: (0..<n).map { _ in 8_500 + next(1_500) },
            blockAtRegistration: (0..<n).map { _ in next(4) == 0 ? 9_900 + next(99) : next(8_000) },
            validatorPermit: (0..<n).map { _ in next(4) != 0 },
            weights: (try? SparseMatrix(size: n, rows: weights)) ?? SparseMatrix(size: n),
            bonds: (try? SparseMatrix(size: n, rows: bonds)) ?? SparseMatrix(size: n))
    }

    static let seeds: [UInt64] = Array(1...12)

    @Test(arguments: seeds, BondsMechanism.allCases)
    func emissionNeverExceedsAndLosesLessThanOneRaoPerUID(seed: UInt64, mechanism: BondsMechanism) throws {
        let input = Self.randomNetwork(seed: seed)
        let output = try YumaEpoch.run(input, mechanism: mechanism)
        let total = output.emission.reduce(0, +)
        #expect(total <= input.raoEmission)
        #expect(input.raoEmission - total < UInt64(input.count))
        let split = output.serverEmission.reduce(0, +) + output.validatorEmission.reduce(0, +)
        #expect(split <= input.raoEmission)
    }

    /// Each share is floor(x · 2^32 / Σ) / 2^32 and each payment floors again, so in general the loss is
    /// below n + (n − 1) · rao / 2^32; for large emissions the first term dominates.
    @Test(arguments: seeds)
    func lossOfLargeEmissionsStaysWithinFixedPointPrecision(seed: UInt64) throws {
        let rao: UInt64 = 1_000_000_000_000 + seed
        let input = Self.randomNetwork(seed: seed, rao: rao)
        let output = try YumaEpoch.run(input)
        let total = output.emission.reduce(0, +)
        let n = UInt64(input.count)
        #expect(total <= rao)
        #expect(rao - total < n + (n - 1) * (rao >> 32 + 1))
    }

    @Test(arguments: seeds, BondsMechanism.allCases)
    func permutingUIDsPermutesOutputs(seed: UInt64, mechanism: BondsMechanism) throws {
        let input = Self.randomNetwork(seed: seed)
        let n = input.count
        // A fixed derangement: uid i becomes (i * 7 + 3) mod n (7 is coprime with 24).
        let image = (0..<n).map { ($0 * 7 + 3) % n }
        var permuted = input
        func move<T>(_ values: [T]) -> [T] {
            var result = values
            for i in 0..<n { result[image[i]] = values[i] }
            return result
        }
        func moveMatrix(_ matrix: SparseMatrix) throws -> SparseMatrix {
            var rows = Array(repeating: [(column: UInt16, value: UInt16)](), count: n)
            for i in 0..<n {
                rows[image[i]] = matrix.row(i).map { (UInt16(image[Int($0.column)]), $0.value) }
            }
            return try SparseMatrix(size: n, rows: rows)
        }
        permuted.stake = move(input.stake)
        permuted.lastUpdate = move(input.lastUpdate)
        permuted.blockAtRegistration = move(input.blockAtRegistration)
        permuted.validatorPermit = move(input.validatorPermit)
        permuted.weights = try moveMatrix(input.weights)
        permuted.bonds = try moveMatrix(input.bonds)

        let original = try YumaEpoch.run(input, mechanism: mechanism)
        let shuffled = try YumaEpoch.run(permuted, mechanism: mechanism)
        #expect(shuffled.emission == move(original.emission))
        #expect(shuffled.serverEmission == move(original.serverEmission))
        #expect(shuffled.validatorEmission == move(original.validatorEmission))
        #expect(shuffled.consensus == move(original.consensus))
        #expect(shuffled.incentive == move(original.incentive))
        #expect(shuffled.dividends == move(original.dividends))
        #expect(shuffled.validatorTrust == move(original.validatorTrust))
        #expect(shuffled.newValidatorPermit == move(original.newValidatorPermit))
        #expect(shuffled.bonds == (try moveMatrix(original.bonds)))
    }

    @Test(arguments: BondsMechanism.allCases)
    func networkWithoutWeightsPaysByStake(mechanism: BondsMechanism) throws {
        var input = Self.randomNetwork(seed: 99)
        input.weights = SparseMatrix(size: input.count)
        input.validatorPermit = Array(repeating: true, count: input.count)
        input.lastUpdate = Array(repeating: input.currentBlock, count: input.count)
        let output = try YumaEpoch.run(input, mechanism: mechanism)
        #expect(output.serverEmission.allSatisfy { $0 == 0 })
        #expect(output.incentive.allSatisfy { $0 == 0 })
        // Every uid is active and permitted, so validators are paid their normalized stake.
        // Each share is within two units of 2^-32 of the exact stake proportion.
        let total = input.stake.reduce(0, +)
        let tolerance = Double(input.raoEmission) / 2_147_483_648 + 2
        for uid in 0..<input.count {
            let exact = Double(input.stake[uid]) / Double(total) * Double(input.raoEmission)
            #expect(abs(Double(output.validatorEmission[uid]) - exact) <= tolerance)
        }
        #expect(output.validatorEmission == output.emission)
    }

    @Test(arguments: BondsMechanism.allCases)
    func resultsAreIdenticalRunToRun(mechanism: BondsMechanism) throws {
        let input = Self.randomNetwork(seed: 7, n: 64)
        let first = try YumaEpoch.run(input, mechanism: mechanism)
        for _ in 0..<3 { #expect(try YumaEpoch.run(input, mechanism: mechanism) == first) }
    }
}
