import Runtime

/// A small network over 3000 blocks that goes through every kind of change the Nakamoto preset has —
/// a difficulty floor, a UID cap, a raise, sequence length steps, a weight limit — in minutes of
/// simulated time, for quick looks and tests.
enum SmallPreset {
    /// The plan for a network of `uids` (64 by default).
    static func plan(uids: Int) -> SimulationPlan {
        let scale = UidScale(factor: Double(uids) / 64)
        var parameters = SubnetHyperparameters.nakamoto
        parameters.tempo = 20
        parameters.difficulty = 1_000
        parameters.minDifficulty = 1_000
        parameters.maxAllowedUids = UInt16(clamping: uids)
        parameters.maxAllowedValidators = UInt16(clamping: uids)
        parameters.immunityPeriod = 50
        parameters.adjustmentInterval = 20
        parameters.minAllowedWeights = 1
        parameters.maxWeightLimit = .max
        parameters.stakePruningMin = 0
        parameters.activityCutoff = 1_000
        parameters.validatorSequenceLength = 64
        let schedule: [ScheduledChange] = [
            ScheduledChange(block: 200, .floorDifficulty(100_000)),
            .at(600, .maxAllowedUids(scale(32))),
            .at(1_000, .validatorSequenceLength(128)),
            .at(1_500, .maxAllowedUids(UInt16(clamping: uids))),
            .at(2_000, .validatorSequenceLength(256)),
            .at(2_200, .maxWeightLimit(UInt32.max / 4)),
            .at(2_500, .adjustmentInterval(30)),
        ]
        let demand = RegistrationDemand(
            knots: [.init(block: 0, hashesPerSecond: 1e3), .init(block: 3_000, hashesPerSecond: 1e6)],
            surges: [.init(start: 1_500, end: 1_700, factor: 4)])
        var plan = SimulationPlan(
            hyperparameters: parameters, schedule: schedule, demand: demand, validators: max(2, uids / 16),
            minerOperators: max(1, uids / 32), validatorEndowment: 2_000 * raoPerTao,
            operatorEndowment: 1_000 * raoPerTao, treasury: 100_000 * raoPerTao,
            initialValidatorStake: 500 * raoPerTao, newStakePerPeriod: 400 * raoPerTao, unstakeFractionPerPeriod: 0.01,
            weightsInterval: 40, validatorNoise: 0.3, burnedRegistrationsPerBlock: 0.05,
            startMilliseconds: NakamotoPreset.launchMilliseconds)
        plan.flowPeriod = 500
        return plan
    }
}
