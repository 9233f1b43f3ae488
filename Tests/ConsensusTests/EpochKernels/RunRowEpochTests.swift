import FixedPoint
import Testing

@testable import Consensus

/// Whole epochs through the run-row passes, against the reference epoch.
@Suite struct RunRowEpochTests {
    /// Two validators weighting disjoint miners with bonds there: each miner's EMA is 1.0 (2^32), which
    /// no lane slot holds, so the second pass recomputes; weights and bonds on the same columns make
    /// every validator row a run row.
    @Test(arguments: [0, 1, 2])
    func runRowsWhoseEmaReachesOneAreRecomputed(style: Int) throws {
        let n = 24
        let (weights, bonds) = Self.matrices(n: n, validators: 2) { i in
            stride(from: 2 + i, to: n, by: style == 0 ? 2 : 1).filter { style != 2 || $0 % 2 == i }.map { j in
                (j, UInt16(100 + j), style == 1 && j % 3 == 0 ? 0 : UInt16(1_000 + j))
            }
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = 2
        let input = EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: 1_000_000_000,
            stake: (0..<n).map { $0 < 2 ? 1_000_000 + UInt64($0) : 0 },
            lastUpdate: Array(repeating: 9_999, count: n),
            blockAtRegistration: Array(repeating: 0, count: n), validatorPermit: (0..<n).map { $0 < 2 },
            weights: weights, bonds: bonds)
        for mechanism in [BondsMechanism.classic, .classicLiquid] {
            let expected = try ReferenceEpoch.run(input, mechanism: mechanism)
            #expect(try YumaEpoch.run(input, mechanism: mechanism) == expected, "\(mechanism)")
            #expect(try YumaEpoch.run(input, mechanism: mechanism, laneCacheCells: 0) == expected)
        }
    }

    @Test(arguments: [(512, 16), (130, 130), (1_000, 3)])
    func largerSyntheticNetworksMatchTheReference(n: Int, validators: Int) throws {
        let input = SyntheticNetwork.input(n: n, validators: validators, seed: UInt64(n * validators))
        let expected = try ReferenceEpoch.run(input, mechanism: .classic)
        #expect(try YumaEpoch.run(input, mechanism: .classic) == expected)
    }

    /// Every uid a validator whose row lacks one column, `shift` after its own (so with `shift` > 0
    /// the row keeps its self weight, inside a run), or none at all (`shift` = nil): rows read from
    /// their known layout match the reference. With `bondGaps`, some bonds are absent (the row is
    /// read in runs with its bonds spread over its weight entries), and row 1 also has a bond on the
    /// column its weights lack (it is not).
    @Test(arguments: [0, 1, 5, nil] as [Int?], [false, true])
    func completeRowsLackingAnyOneColumnMatchTheReference(shift: Int?, bondGaps: Bool) throws {
        let n = 40
        var weights = SparseMatrixBuilder(size: n, reserving: 0)
        var bonds = SparseMatrixBuilder(size: n, reserving: 0)
        for i in 0..<n {
            for j in 0..<n {
                let weighted = shift.map { j != (i + $0) % n } ?? true
                if weighted {
                    weights.append(column: UInt16(j), value: UInt16(1 + (i * 7_919 + j * 104_729) % 60_000))
                }
                let bonded =
                    bondGaps ? (weighted && (i * 3 + j) % 11 != 0) || (!weighted && i == 1) : weighted
                if bonded {
                    bonds.append(column: UInt16(j), value: UInt16(1 + (i * 15_485 + j * 32_452) % 50_000))
                }
            }
            weights.endRow()
            bonds.endRow()
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = UInt16(n)
        let input = EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: 1_000_000_000,
            stake: (0..<n).map { 1_000_000 + UInt64($0) * 12_345 },
            lastUpdate: Array(repeating: 9_999, count: n),
            blockAtRegistration: Array(repeating: 0, count: n),
            validatorPermit: Array(repeating: true, count: n),
            weights: weights.build(), bonds: bonds.build())
        for mechanism in [BondsMechanism.classic, .yuma3] {
            let expected = try ReferenceEpoch.run(input, mechanism: mechanism)
            #expect(try YumaEpoch.run(input, mechanism: mechanism) == expected, "\(mechanism)")
        }
    }

    /// Four validators of equal stake weight the same four miners equally and hold equal bonds there:
    /// ΔB/ΣΔB and B/ΣB are 1/4 exactly, so with α = 1/2 or 1/4 (α · 2^32 divisible by 4) each miner's
    /// EMA column sums to exactly 2^32, which the run rows' 32-bit sums hold as 0 (see
    /// ``RunColumnTotals``); with α = 0.1 the floors leave it below.
    @Test(arguments: [500_000, 750_000, 900_000] as [UInt64])
    func emaColumnSumsOfExactlyOneMatchTheReference(bondsMovingAverage: UInt64) throws {
        let n = 8
        let (weights, bonds) = Self.matrices(n: n, validators: 4) { _ in
            (4..<n).map { j in (j, 65_535, 32_768) }
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = 4
        parameters.bondsMovingAverage = bondsMovingAverage
        let input = EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: 1_000_000_000,
            stake: (0..<n).map { $0 < 4 ? 1_000_000 : 0 }, lastUpdate: Array(repeating: 9_999, count: n),
            blockAtRegistration: Array(repeating: 0, count: n), validatorPermit: (0..<n).map { $0 < 4 },
            weights: weights, bonds: bonds)
        let expected = try ReferenceEpoch.run(input, mechanism: .classic)
        #expect(try YumaEpoch.run(input, mechanism: .classic) == expected)
        #expect(try YumaEpoch.run(input, mechanism: .classic, laneCacheCells: 0) == expected)
    }

    /// Weights and bonds whose first `validators` rows hold `cells(i)` (column, weight, bond), the
    /// others nothing.
    static func matrices(
        n: Int, validators: Int, cells: (Int) -> [(column: Int, weight: UInt16, bond: UInt16)]
    ) -> (weights: SparseMatrix, bonds: SparseMatrix) {
        var weights = SparseMatrixBuilder(size: n, reserving: 0)
        var bonds = SparseMatrixBuilder(size: n, reserving: 0)
        for i in 0..<n {
            for cell in i < validators ? cells(i) : [] {
                weights.append(column: UInt16(cell.column), value: cell.weight)
                bonds.append(column: UInt16(cell.column), value: cell.bond)
            }
            weights.endRow()
            bonds.endRow()
        }
        return (weights.build(), bonds.build())
    }
}
