import Testing

@testable import Runtime

/// Every hyperparameter and staking parameter update round-trips with its frozen index.
@Suite struct HyperparameterCodecTests {
    /// Every hyperparameter update, in index order.
    static let updates: [HyperparameterUpdate] = [
        .tempo(360), .rho(10), .kappa(32_767), .maxAllowedUids(4096), .maxAllowedValidators(64),
        .immunityPeriod(4096), .minAllowedWeights(1), .maxWeightLimit(.max), .difficulty(10_000_000),
        .minDifficulty(1), .maxDifficulty(.max), .adjustmentInterval(100), .adjustmentAlpha(58_000),
        .targetRegistrationsPerInterval(2), .maxRegistrationsPerBlock(1), .bondsMovingAverage(900_000),
        .bondsPenalty(0), .activityCutoff(5000), .weightsRateLimit(100), .weightsVersionKey(400),
        .burn(1_000_000_000), .minBurn(500_000), .maxBurn(100_000_000_000), .servingRateLimit(50),
        .stakePruningMin(0), .registrationAllowed(true), .burnRegistrationAllowed(false), .yuma3Enabled(true),
        .liquidAlphaEnabled(false), .alphaValues(low: 45_875, high: 58_982), .alphaSigmoidSteepness(-5),
        .validatorSequenceLength(256), .validatorBatchSize(32), .validatorEpochLength(100),
        .validatorEpochsPerReset(60), .validatorExcludeQuantile(10), .maxAllowedMaxMinRatio(0),
        .immuneOwnerUidsLimit(1),
    ]

    @Test func indicesFollowTheTable() {
        #expect(Self.updates.map(\.variantIndex) == Array(0..<UInt8(Self.updates.count)))
    }

    @Test(arguments: updates)
    func updateRoundTrips(update: HyperparameterUpdate) throws {
        try CodecCase("\(update)", update).checkAll()
    }

    @Test func unknownUpdateIsRefused() {
        let index = UInt8(Self.updates.count)
        #expect(
            throws: CodecError(.unknownVariant(index: UInt64(index)), reading: "HyperparameterUpdate", at: 0)
        ) {
            try HyperparameterUpdate(decoding: [index, 0, 0])
        }
    }

    @Test func boolUpdateRefusesOtherBytes() {
        #expect(throws: CodecError.self) { try HyperparameterUpdate(decoding: [25, 2]) }
    }

    /// Every staking parameter update, in index order.
    static let stakingUpdates: [StakingParameterUpdate] = [
        .minTake(0), .maxTake(11_796), .txRateLimit(1_000), .txDelegateTakeRateLimit(216_000),
        .targetStakesPerInterval(1), .stakeInterval(360), .nominatorMinRequiredStake(100_000_000),
        .weightsMinStake(.max),
    ]

    @Test func stakingIndicesFollowTheTable() {
        #expect(Self.stakingUpdates.map(\.variantIndex) == Array(0..<UInt8(Self.stakingUpdates.count)))
    }

    @Test(arguments: stakingUpdates)
    func stakingUpdateRoundTrips(update: StakingParameterUpdate) throws {
        try CodecCase("\(update)", update).checkAll()
        try CodecCase("event \(update)", Event.staking(.parameterSet(update))).checkAll()
    }
}
