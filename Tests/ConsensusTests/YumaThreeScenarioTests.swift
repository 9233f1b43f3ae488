import Consensus
import FixedPoint
import Testing

/// The chain's Yuma3 scenarios (`tests/epoch.rs`, `setup_yuma_3_scenario`): 3 validators, 2 servers,
/// tempo 1, bonds penalty 0, bonds moving average 975_000, alpha 0.1…0.3, steepness 1000. The chain
/// checks dividends to 1e-3 after each epoch; so do these tests.
@Suite struct YumaThreeScenarioTests {
    static func scenario(stakes: [UInt64], liquid: Bool) throws -> SubnetDriver {
        var parameters = EpochHyperparameters()
        parameters.tempo = 1
        parameters.bondsPenalty = 0
        parameters.alphaSigmoidSteepness = 1000
        parameters.bondsMovingAverage = 975_000
        parameters.kappa = UInt16.max / 2
        parameters.alphaLow = fixedProportionToU16(I32F32(saturating: 0.1))
        parameters.alphaHigh = fixedProportionToU16(I32F32(saturating: 0.3))
        parameters.maxAllowedValidators = 3
        var subnet = SubnetDriver(stake: stakes, hyperparameters: parameters)
        subnet.mechanism = liquid ? .yuma3Liquid : .yuma3
        try subnet.nextBlockEpoch()
        return subnet
    }

    static func setWeights(_ subnet: inout SubnetDriver, _ rows: [[UInt16]]) {
        for (uid, row) in rows.enumerated() { subnet.setWeights(uid: uid, to: [3, 4], values: row) }
    }

    static func expectDividends(_ subnet: SubnetDriver, _ expected: [Double], epoch: Int) {
        let dividends = subnet.lastOutput?.dividends ?? []
        for (uid, target) in expected.enumerated() {
            let value = Double(dividends[uid]) / 65_535
            #expect(abs(value - target) <= 1e-3, "epoch \(epoch) uid \(uid): \(value) vs \(target)")
        }
    }

    @Test func kappaMovesFirst() throws {
        var subnet = try Self.scenario(stakes: [8, 1, 1, 0, 0], liquid: true)
        let targets: [[Double]] = [
            [0.8000, 0.1000, 0.1000, 0, 0], [1.0000, 0.0000, 0.0000, 0, 0], [0.9382, 0.0618, 0.0000, 0, 0],
            [0.8819, 0.0773, 0.0407, 0, 0], [0.8564, 0.0844, 0.0592, 0, 0], [0.8418, 0.0884, 0.0697, 0, 0],
        ]
        let first: [UInt16] = [.max, 0]
        let second: [UInt16] = [0, .max]
        for (epoch, target) in targets.enumerated() {
            switch epoch {
            case 0: Self.setWeights(&subnet, [first, first, first])
            case 1: Self.setWeights(&subnet, [second, first, first])
            case 2: Self.setWeights(&subnet, [second, second, first])
            case 3: Self.setWeights(&subnet, [second, second, second])
            default: break
            }
            try subnet.nextBlockEpoch()
            Self.expectDividends(subnet, target, epoch: epoch)
        }
    }

    @Test func kappaMovesSecond() throws {
        var subnet = try Self.scenario(stakes: [8, 1, 1, 0, 0], liquid: true)
        let targets: [[Double]] = [
            [0.8000, 0.1000, 0.1000, 0, 0], [0.8446, 0.0498, 0.1056, 0, 0], [0.6868, 0.3132, 0.0000, 0, 0],
            [0.7421, 0.2090, 0.0489, 0, 0], [0.7625, 0.1706, 0.0669, 0, 0], [0.7730, 0.1508, 0.0762, 0, 0],
        ]
        let first: [UInt16] = [.max, 0]
        let second: [UInt16] = [0, .max]
        for (epoch, target) in targets.enumerated() {
            switch epoch {
            case 0: Self.setWeights(&subnet, [first, first, first])
            case 1: Self.setWeights(&subnet, [first, second, first])
            case 2: Self.setWeights(&subnet, [second, second, first])
            case 3: Self.setWeights(&subnet, [second, second, second])
            default: break
            }
            try subnet.nextBlockEpoch()
            Self.expectDividends(subnet, target, epoch: epoch)
        }
    }

    @Test func liquidAlphaDisabled() throws {
        var subnet = try Self.scenario(stakes: [33, 33, 34, 0, 0], liquid: false)
        let targets: [[Double]] = [
            [0.3300, 0.3300, 0.3400, 0, 0], [0.3300, 0.3300, 0.3400, 0, 0], [0.3734, 0.3734, 0.2532, 0, 0],
            [0.3611, 0.3611, 0.2779, 0, 0], [0.3541, 0.3541, 0.2919, 0, 0], [0.3495, 0.3495, 0.3009, 0, 0],
        ]
        let first: [UInt16] = [.max, 0]
        let second: [UInt16] = [0, .max]
        for (epoch, target) in targets.enumerated() {
            if epoch == 2 {
                Self.setWeights(&subnet, [first, first, second])
            } else {
                Self.setWeights(&subnet, [first, first, first])
            }
            try subnet.nextBlockEpoch()
            Self.expectDividends(subnet, target, epoch: epoch)
        }
    }
}
