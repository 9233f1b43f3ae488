/// Every per-subnet parameter the chain reads (`spec/chain.md` §9), including the 2022 validator
/// parameters. Defaults follow the era's genesis.
public struct SubnetHyperparameters: Sendable, Equatable, Codable {
    /// Blocks between epochs (Nakamoto: blocks per step).
    public var tempo: UInt16
    /// Sigmoid steepness of the Nakamoto consensus.
    public var rho: UInt16
    /// Consensus majority: a u16 proportion in Finney, a denominator (κ = 1/kappa) in Nakamoto.
    public var kappa: UInt16
    /// Most uids the subnet holds.
    public var maxAllowedUids: UInt16
    /// Most validator permits.
    public var maxAllowedValidators: UInt16
    /// Blocks after registration during which a neuron cannot be pruned.
    public var immunityPeriod: UInt16
    /// Fewest weights a validator must set.
    public var minAllowedWeights: UInt16
    /// Largest normalized weight (u16 proportion in Finney, u32 in Nakamoto).
    public var maxWeightLimit: UInt32
    /// Current PoW difficulty.
    public var difficulty: UInt64
    /// Lowest difficulty.
    public var minDifficulty: UInt64
    /// Highest difficulty.
    public var maxDifficulty: UInt64
    /// Blocks between difficulty and burn adjustments.
    public var adjustmentInterval: UInt16
    /// Weight of the previous value in an adjustment (AdjustmentAlpha / u64::MAX).
    public var adjustmentAlpha: UInt64
    /// Registrations per interval the adjustment aims at.
    public var targetRegistrationsPerInterval: UInt16
    /// Most registrations in one block.
    public var maxRegistrationsPerBlock: UInt16
    /// Bonds moving average in ppm.
    public var bondsMovingAverage: UInt64
    /// How much bonds follow clipped weights (u16 proportion).
    public var bondsPenalty: UInt16
    /// Blocks without a weight update after which a neuron is inactive.
    public var activityCutoff: UInt16
    /// Blocks between two `set_weights` of one hotkey.
    public var weightsRateLimit: UInt64
    /// Lowest accepted weights version key.
    public var weightsVersionKey: UInt64
    /// Current burn cost of a registration, rao.
    public var burn: Rao
    /// Lowest burn.
    public var minBurn: Rao
    /// Highest burn.
    public var maxBurn: Rao
    /// Blocks between two `serve_axon` of one hotkey.
    public var servingRateLimit: UInt64
    /// Stake under which a neuron is pruned by incentive instead of stake (Nakamoto).
    public var stakePruningMin: UInt64
    /// Whether PoW registration is open.
    public var registrationAllowed: Bool
    /// Whether burned registration is open.
    public var burnRegistrationAllowed: Bool
    /// Whether Yuma3 bonds are on.
    public var yuma3Enabled: Bool
    /// Whether liquid alpha is on.
    public var liquidAlphaEnabled: Bool
    /// Liquid alpha bounds (u16 proportions).
    public var alphaLow: UInt16
    /// Liquid alpha upper bound.
    public var alphaHigh: UInt16
    /// Liquid alpha sigmoid steepness.
    public var alphaSigmoidSteepness: Int16
    /// 2022 validator parameter: tokens per validator request.
    public var validatorSequenceLength: UInt64
    /// 2022 validator parameter: requests per validator batch.
    public var validatorBatchSize: UInt64
    /// 2022 validator parameter: blocks per validator epoch.
    public var validatorEpochLength: UInt64
    /// 2022 validator parameter: validator epochs before weights are set.
    public var validatorEpochsPerReset: UInt64
    /// 2022 validator parameter: quantile of scores excluded, in percent.
    public var validatorExcludeQuantile: UInt64
    /// 2022 validator parameter: ratio of max to min weight.
    public var maxAllowedMaxMinRatio: UInt64
    /// How many of the owner's hotkeys (earliest registered first) are never pruned (`ImmuneOwnerUidsLimit`).
    public var immuneOwnerUidsLimit: UInt16 = 1

    /// The defaults of subtensor v3.3.0 (`spec/chain.md` §9, v3.3.0 column).
    public static let finney = SubnetHyperparameters(
        tempo: 360, rho: 10, kappa: 32_767, maxAllowedUids: 4_096, maxAllowedValidators: 128,
        immunityPeriod: 4_096, minAllowedWeights: 1_024, maxWeightLimit: UInt32(UInt16.max),
        difficulty: 10_000_000, minDifficulty: 10_000_000, maxDifficulty: UInt64.max / 4,
        adjustmentInterval: 100, adjustmentAlpha: 0, targetRegistrationsPerInterval: 2,
        maxRegistrationsPerBlock: 1,
        bondsMovingAverage: 900_000, bondsPenalty: 65_535, activityCutoff: 5_000, weightsRateLimit: 100,
        weightsVersionKey: 0, burn: 100_000_000, minBurn: 500_000, maxBurn: 100 * raoPerTao,
        servingRateLimit: 50,
        stakePruningMin: 0, registrationAllowed: true, burnRegistrationAllowed: true, yuma3Enabled: false,
        liquidAlphaEnabled: false, alphaLow: 45_875, alphaHigh: 58_982, alphaSigmoidSteepness: 1_000,
        validatorSequenceLength: 256, validatorBatchSize: 32, validatorEpochLength: 250,
        validatorEpochsPerReset: 60, validatorExcludeQuantile: 5, maxAllowedMaxMinRatio: 64)

    /// The 2022 network as it stood in January 2023 (`spec/chain.md` §9, Nakamoto on-chain column).
    public static let nakamoto = SubnetHyperparameters(
        tempo: 100, rho: 10, kappa: 2, maxAllowedUids: 4_096, maxAllowedValidators: 4_096,
        immunityPeriod: 4_096, minAllowedWeights: 1_024, maxWeightLimit: 17_179_868,
        difficulty: 10_000_000, minDifficulty: 10_000_000, maxDifficulty: UInt64.max / 4,
        adjustmentInterval: 150, adjustmentAlpha: 0, targetRegistrationsPerInterval: 2,
        maxRegistrationsPerBlock: 2,
        bondsMovingAverage: 900_000, bondsPenalty: 65_535, activityCutoff: 5_000, weightsRateLimit: 0,
        weightsVersionKey: 0, burn: 0, minBurn: 0, maxBurn: 0, servingRateLimit: 0, stakePruningMin: 1_024,
        registrationAllowed: true, burnRegistrationAllowed: false, yuma3Enabled: false,
        liquidAlphaEnabled: false,
        alphaLow: 45_875, alphaHigh: 58_982, alphaSigmoidSteepness: 1_000, validatorSequenceLength: 256,
        validatorBatchSize: 32, validatorEpochLength: 250, validatorEpochsPerReset: 60,
        validatorExcludeQuantile: 5, maxAllowedMaxMinRatio: 64)
}
