import FixedPoint
import Testing

@testable import Consensus

/// Subnets of zero to five uids, with and without weights and bonds, through every mechanism: the
/// fast paths' empty and short buffers (no rows, no bonds yet, fewer than four columns) give the
/// reference epoch's outputs.
@Suite struct TinySubnetTests {
    static func input(n: Int, validators: Int, withBonds: Bool) -> EpochInput {
        var weights = SparseMatrixBuilder(size: n, reserving: n * n)
        var bonds = SparseMatrixBuilder(size: n, reserving: n * n)
        for i in 0..<n {
            if i < validators {
                for j in 0..<n where j != i {
                    weights.append(column: UInt16(j), value: UInt16(1 + (i * 7 + j * 13) % 500))
                    if withBonds { bonds.append(column: UInt16(j), value: UInt16((i * 11 + j * 5) % 900)) }
                }
            }
            weights.endRow()
            bonds.endRow()
        }
        var parameters = EpochHyperparameters()
        parameters.maxAllowedValidators = UInt16(max(validators, 1))
        return EpochInput(
            hyperparameters: parameters, currentBlock: 10_000, raoEmission: 1_000_000_000,
            stake: (0..<n).map { $0 < validators ? 1_000_000 * UInt64($0 + 1) : 0 },
            lastUpdate: Array(repeating: 9_999, count: n),
            blockAtRegistration: Array(repeating: 0, count: n),
            validatorPermit: (0..<n).map { $0 < validators },
            weights: weights.build(), bonds: bonds.build())
    }

    @Test(arguments: [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2), (3, 1), (4, 2), (5, 5)])
    func tinySubnetsMatchTheReference(n: Int, validators: Int) throws {
        for withBonds in [false, true] {
            let input = Self.input(n: n, validators: validators, withBonds: withBonds)
            for mechanism in [BondsMechanism.classic, .classicLiquid, .yuma3, .yuma3Liquid] {
                let expected = try ReferenceEpoch.run(input, mechanism: mechanism)
                #expect(try YumaEpoch.run(input, mechanism: mechanism) == expected, "\(mechanism)")
                #expect(try YumaEpoch.run(input, mechanism: mechanism, laneCacheCells: 0) == expected)
            }
        }
    }
}
