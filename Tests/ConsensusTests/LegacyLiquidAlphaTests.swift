import FixedPoint
import Testing

@testable import Consensus

/// The 2024 liquid alpha on the classic path (subtensor v2.0.0 `tests/epoch.rs`).
@Suite struct LegacyLiquidAlphaTests {
    /// `test_bonds_with_liquid_alpha`: exact stored bonds after three epochs (bonds penalty 0, as in
    /// the chain's test runtime).
    @Test func chainTestBondsWithLiquidAlpha() throws {
        var parameters = EpochHyperparameters()
        parameters.tempo = 1
        parameters.bondsPenalty = 0
        parameters.maxAllowedValidators = 100
        var subnet = SubnetDriver(stake: [1, 2, 3, 4, 0, 0, 0, 0], hyperparameters: parameters)
        subnet.mechanism = .classicLiquid
        try subnet.nextBlockEpoch()
        for uid in 0..<4 {
            subnet.setWeights(
                uid: uid, to: [4, 5, 6, 7],
                values: [UInt16.max / 4, UInt16.max / 2, (UInt16.max / 4) * 3, .max])
        }
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [16383, 32767, 49151, 65535])
        subnet.setWeights(uid: 0, to: [0], values: [.max])
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [2862, 32767, 49151, 65535])
        subnet.setWeights(uid: 1, to: [1], values: [.max])
        try subnet.nextBlockEpoch()
        #expect((0..<4).map { subnet.bond($0, 4) } == [435, 4985, 49151, 65535])
    }

    static func fixed(_ x: Double) -> I32F32 { I32F32(saturating: x) }

    static let logisticCases:
        [(high: Double, low: Double, cHigh: Double, cLow: Double, a: Double, b: Double)] = [
            (0.9, 0.1, 0.8, 0.2, 7.324, 3.662),
            (1.0, 0.0, 0.8, 0.2, 0, 0),
            (0.9, 0.1, 1.0, 0.0, 4.3944, 2.1972),
            (0.5, 0.5, 0.8, 0.2, 0, 0),
            (0.9, 0.1, 0.5, 0.5, 0, 0),
        ]

    /// `test_calculate_logistic_params` and its edge cases (the chain checks to 1e-3).
    @Test(arguments: logisticCases)
    func logisticParameters(high: Double, low: Double, cHigh: Double, cLow: Double, a: Double, b: Double) {
        let result = LegacyLiquidAlpha.logisticParameters(
            alphaHigh: Self.fixed(high), alphaLow: Self.fixed(low), consensusHigh: Self.fixed(cHigh),
            consensusLow: Self.fixed(cLow))
        #expect(abs(result.a.doubleValue - a) < 1e-3)
        #expect(abs(result.b.doubleValue - b) < 1e-3)
    }

    /// The quantile of the chain, position q·(len − 1) with linear interpolation.
    @Test func quartilesInterpolate() {
        let data = [0.4, 0.1, 0.3, 0.2].map(Self.fixed)
        // len 4: q25 at position 0.75 between 0.1 and 0.2; q75 at 2.25 between 0.3 and 0.4.
        #expect(abs(LegacyLiquidAlpha.quantile(data, quarters: 1).doubleValue - 0.175) < 1e-9)
        #expect(abs(LegacyLiquidAlpha.quantile(data, quarters: 3).doubleValue - 0.325) < 1e-9)
        #expect(LegacyLiquidAlpha.quantile([], quarters: 1) == .zero)
    }
}
