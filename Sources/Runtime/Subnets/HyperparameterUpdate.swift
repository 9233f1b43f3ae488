/// A new value for one settable subnet hyperparameter (`sudo_set_<name>`), one case per field of
/// ``SubnetHyperparameters``.
public enum HyperparameterUpdate: Sendable, Equatable, Codable {
    /// Blocks between epochs.
    case tempo(UInt16)
    /// Nakamoto sigmoid steepness.
    case rho(UInt16)
    /// Consensus majority.
    case kappa(UInt16)
    /// Most uids; not under the current count nor above 4096.
    case maxAllowedUids(UInt16)
    /// Most validator permits; not above `maxAllowedUids`.
    case maxAllowedValidators(UInt16)
    /// Blocks of immunity after registration.
    case immunityPeriod(UInt16)
    /// Fewest weights a validator must set.
    case minAllowedWeights(UInt16)
    /// Largest normalized weight.
    case maxWeightLimit(UInt32)
    /// Current PoW difficulty.
    case difficulty(UInt64)
    /// Lowest difficulty.
    case minDifficulty(UInt64)
    /// Highest difficulty.
    case maxDifficulty(UInt64)
    /// Blocks between adjustments.
    case adjustmentInterval(UInt16)
    /// Weight of the previous value in an adjustment.
    case adjustmentAlpha(UInt64)
    /// Registrations per interval aimed at.
    case targetRegistrationsPerInterval(UInt16)
    /// Most registrations per block.
    case maxRegistrationsPerBlock(UInt16)
    /// Bonds moving average, ppm.
    case bondsMovingAverage(UInt64)
    /// Bonds penalty.
    case bondsPenalty(UInt16)
    /// Activity cutoff; at least 360 blocks in Finney.
    case activityCutoff(UInt16)
    /// Blocks between two `set_weights`.
    case weightsRateLimit(UInt64)
    /// Lowest accepted weights version key.
    case weightsVersionKey(UInt64)
    /// Current burn cost.
    case burn(Rao)
    /// Lowest burn; under 1 τ and under the max burn.
    case minBurn(Rao)
    /// Highest burn; above 0.1 τ and above the min burn.
    case maxBurn(Rao)
    /// Blocks between two `serve_axon`.
    case servingRateLimit(UInt64)
    /// Nakamoto stake pruning threshold.
    case stakePruningMin(UInt64)
    /// Opens or closes PoW registration.
    case registrationAllowed(Bool)
    /// Opens or closes burned registration.
    case burnRegistrationAllowed(Bool)
    /// Turns Yuma3 bonds on or off.
    case yuma3Enabled(Bool)
    /// Turns liquid alpha on or off.
    case liquidAlphaEnabled(Bool)
    /// Liquid alpha bounds; needs liquid alpha on, 1638 ≤ low ≤ high.
    case alphaValues(low: UInt16, high: UInt16)
    /// Liquid alpha sigmoid steepness.
    case alphaSigmoidSteepness(Int16)
    /// 2022 validator parameter: tokens per request.
    case validatorSequenceLength(UInt64)
    /// 2022 validator parameter: requests per batch.
    case validatorBatchSize(UInt64)
    /// 2022 validator parameter: blocks per validator epoch.
    case validatorEpochLength(UInt64)
    /// 2022 validator parameter: epochs per reset.
    case validatorEpochsPerReset(UInt64)
    /// 2022 validator parameter: excluded quantile, at most 100.
    case validatorExcludeQuantile(UInt64)
    /// 2022 validator parameter: max/min weight ratio.
    case maxAllowedMaxMinRatio(UInt64)
    /// Owner hotkeys never pruned; 1...10.
    case immuneOwnerUidsLimit(UInt16)

    /// Writes the value into `parameters` (no checks: see `Subnets.check(_:on:era:)`).
    public func apply(to parameters: inout SubnetHyperparameters) {
        switch self {
        case .tempo(let value): parameters.tempo = value
        case .rho(let value): parameters.rho = value
        case .kappa(let value): parameters.kappa = value
        case .maxAllowedUids(let value): parameters.maxAllowedUids = value
        case .maxAllowedValidators(let value): parameters.maxAllowedValidators = value
        case .immunityPeriod(let value): parameters.immunityPeriod = value
        case .minAllowedWeights(let value): parameters.minAllowedWeights = value
        case .maxWeightLimit(let value): parameters.maxWeightLimit = value
        case .difficulty(let value): parameters.difficulty = value
        case .minDifficulty(let value): parameters.minDifficulty = value
        case .maxDifficulty(let value): parameters.maxDifficulty = value
        case .adjustmentInterval(let value): parameters.adjustmentInterval = value
        case .adjustmentAlpha(let value): parameters.adjustmentAlpha = value
        case .targetRegistrationsPerInterval(let value): parameters.targetRegistrationsPerInterval = value
        case .maxRegistrationsPerBlock(let value): parameters.maxRegistrationsPerBlock = value
        case .bondsMovingAverage(let value): parameters.bondsMovingAverage = value
        case .bondsPenalty(let value): parameters.bondsPenalty = value
        case .activityCutoff(let value): parameters.activityCutoff = value
        case .weightsRateLimit(let value): parameters.weightsRateLimit = value
        case .weightsVersionKey(let value): parameters.weightsVersionKey = value
        case .burn(let value): parameters.burn = value
        case .minBurn(let value): parameters.minBurn = value
        case .maxBurn(let value): parameters.maxBurn = value
        case .servingRateLimit(let value): parameters.servingRateLimit = value
        case .stakePruningMin(let value): parameters.stakePruningMin = value
        case .registrationAllowed(let value): parameters.registrationAllowed = value
        case .burnRegistrationAllowed(let value): parameters.burnRegistrationAllowed = value
        case .yuma3Enabled(let value): parameters.yuma3Enabled = value
        case .liquidAlphaEnabled(let value): parameters.liquidAlphaEnabled = value
        case .alphaValues(let low, let high):
            parameters.alphaLow = low
            parameters.alphaHigh = high
        case .alphaSigmoidSteepness(let value): parameters.alphaSigmoidSteepness = value
        case .validatorSequenceLength(let value): parameters.validatorSequenceLength = value
        case .validatorBatchSize(let value): parameters.validatorBatchSize = value
        case .validatorEpochLength(let value): parameters.validatorEpochLength = value
        case .validatorEpochsPerReset(let value): parameters.validatorEpochsPerReset = value
        case .validatorExcludeQuantile(let value): parameters.validatorExcludeQuantile = value
        case .maxAllowedMaxMinRatio(let value): parameters.maxAllowedMaxMinRatio = value
        case .immuneOwnerUidsLimit(let value): parameters.immuneOwnerUidsLimit = value
        }
    }
}
