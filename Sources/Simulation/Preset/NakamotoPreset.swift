import Runtime

/// The 2022 Nakamoto year (`spec/nakamoto-2022.md` §4): the sudo timeline by block (§4a) and the
/// hashrate path and surges of the demand model (§4b). Block 0 is the 2021-11-02 launch; 3,050,000 is
/// the Roundup's "time of writing" (about 2022-12-30).
enum NakamotoPreset {
    /// 2021-11-02 00:00 UTC, milliseconds since the Unix epoch.
    static let launchMilliseconds: UInt64 = 1_635_811_200_000
    /// The Kusanagi balances carried into genesis (`InitialIssuance`), rao.
    static let initialIssuance: Rao = 548_833_985_028_256

    /// The plan for a network of `uids` (4096 is the real size; smaller networks scale every uid count).
    static func plan(uids: Int) -> SimulationPlan {
        let scale = UidScale(factor: Double(uids) / 4_096)
        var parameters = SubnetHyperparameters.nakamoto
        // Launch runtime (spec 101): difficulty 1e4, no uid cap (the runtime's ceiling stands for "none"),
        // interval 100, target 2, two per block, the 2021 validator defaults.
        parameters.tempo = 100
        parameters.difficulty = 10_000
        parameters.minDifficulty = 10_000
        parameters.maxAllowedUids = UInt16(clamping: uids)
        parameters.maxAllowedValidators = UInt16(clamping: uids)
        parameters.immunityPeriod = 200
        parameters.adjustmentInterval = 100
        parameters.minAllowedWeights = 1
        parameters.maxWeightLimit = .max
        parameters.stakePruningMin = 0
        parameters.validatorSequenceLength = 10
        parameters.validatorBatchSize = 10
        parameters.validatorEpochLength = 1_000
        parameters.validatorEpochsPerReset = 10
        let validators = max(2, uids / 64)
        let validatorEndowment: Rao = 2_000 * raoPerTao
        let operators = max(1, uids / 256)
        let operatorEndowment: Rao = 1_000 * raoPerTao
        let endowed = Rao(validators) * validatorEndowment + Rao(operators) * operatorEndowment
        return SimulationPlan(
            hyperparameters: parameters, schedule: schedule(scale: scale, uids: uids), demand: demand,
            validators: validators, minerOperators: operators, validatorEndowment: validatorEndowment,
            operatorEndowment: operatorEndowment,
            treasury: initialIssuance > endowed ? initialIssuance - endowed : 0,
            initialValidatorStake: 500 * raoPerTao, newStakePerPeriod: 400 * raoPerTao,
            unstakeFractionPerPeriod: 0.002, weightsInterval: 250, validatorNoise: 0.3,
            burnedRegistrationsPerBlock: 0.005, startMilliseconds: launchMilliseconds)
    }

    /// §4a: the parameter schedule (S = sourced, E = estimated; see the NakamotoPreset article).
    static func schedule(scale: UidScale, uids: Int) -> [ScheduledChange] {
        [
            ScheduledChange(block: 72_000, .floorDifficulty(10_000_000)),  // S: update_104
            .at(245_000, .maxAllowedUids(scale(2_000))),  // S code / E live: UID cap added
            .at(245_000, .immunityPeriod(200)),
            .at(860_000, .validatorSequenceLength(32)),  // E: the undocumented early step
            .at(1_450_000, .maxAllowedUids(UInt16(clamping: uids))),  // S month / E block: 2000 → 4096
            .at(1_450_000, .immunityPeriod(2_048)),
            .at(1_700_000, .validatorSequenceLength(64)),  // E timing, 64 sourced by 2.08M
            .at(2_080_000, .validatorBatchSize(32)),  // S~
            .at(2_080_000, .minAllowedWeights(scale(1_024))),  // S~: 600 → 1024
            .at(2_080_000, .stakePruningMin(1_024)),
            .at(2_080_000, .validatorEpochLength(250)),
            .at(2_080_000, .validatorEpochsPerReset(60)),
            .at(2_268_000, .validatorSequenceLength(128)),  // S~
            .at(2_541_600, .validatorSequenceLength(256)),  // S~
            .at(2_664_000, .immunityPeriod(3_072)),  // S~
            .at(2_692_800, .maxWeightLimit(17_179_868)),  // S~: about 0.4 % of u32
            .at(2_714_400, .immunityPeriod(4_096)),  // S~
            .at(2_772_000, .adjustmentInterval(135)),  // S~
            .at(2_916_000, .adjustmentInterval(150)),  // S~
        ]
    }

    /// §4b: the registration hashrate path (all E) anchored on the sourced end difficulty
    /// (6.7e14 at 3,606,775 ⇒ about 1e12 H/s), with surges at launch and at the May 2022 UID raise.
    static let demand = RegistrationDemand(
        knots: [
            .init(block: 0, hashesPerSecond: 2e4),
            .init(block: 1_450_000, hashesPerSecond: 1e7),
            .init(block: 2_070_000, hashesPerSecond: 1e8),
            .init(block: 2_270_000, hashesPerSecond: 5e9),  // CUDA solvers: ×50 in about four weeks
            .init(block: 3_050_000, hashesPerSecond: 5e11),
            .init(block: 3_606_775, hashesPerSecond: 1e12),
        ],
        surges: [
            .init(start: 0, end: 50_000, factor: 5),
            .init(start: 1_450_000, end: 1_500_000, factor: 4),
        ])
}
