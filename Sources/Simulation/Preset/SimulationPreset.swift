import Runtime

/// A ready-made scenario: its parameter timeline, demand model, agents and flows.
public enum SimulationPreset: String, Sendable, CaseIterable, Codable {
    /// The 2022 Nakamoto year (`spec/nakamoto-2022.md`): see the NakamotoPreset article.
    case nakamoto2022 = "nakamoto-2022"
    /// A small network over a few thousand blocks with every kind of change, for quick looks and tests.
    case small

    /// Network size the preset describes.
    public var defaultUids: Int {
        switch self {
        case .nakamoto2022: 4_096
        case .small: 64
        }
    }

    /// Length of the preset's timeline in blocks (before any time scale).
    public var defaultBlocks: UInt64 {
        switch self {
        case .nakamoto2022: 3_050_000
        case .small: 3_000
        }
    }

    /// The plan for a network of `uids` uids on a timeline whose blocks are multiplied by `timeScale`,
    /// with the hyperparameters of `era`.
    public func plan(uids: Int, timeScale: Double, era: Era) -> SimulationPlan {
        var plan =
            switch self {
            case .nakamoto2022: NakamotoPreset.plan(uids: uids)
            case .small: SmallPreset.plan(uids: uids)
            }
        plan.schedule = plan.schedule.scaled(by: timeScale)
        plan.demand = plan.demand.scaled(by: timeScale)
        if era == .finney { plan.adaptToFinney() }
        return plan
    }
}

extension SimulationPlan {
    /// The same plan on a Finney subnet: Finney defaults with the preset's registration, uid and
    /// validator parameters; u32 weight limits become u16 proportions; validators set weights no faster
    /// than the subnet's rate limit.
    mutating func adaptToFinney() {
        let preset = hyperparameters
        var finney = SubnetHyperparameters.finney
        finney.tempo = 99
        finney.maxAllowedUids = preset.maxAllowedUids
        finney.maxAllowedValidators = UInt16(clamping: min(Int(preset.maxAllowedUids), max(validators, 8)))
        finney.immunityPeriod = preset.immunityPeriod
        finney.minAllowedWeights = preset.minAllowedWeights
        finney.maxWeightLimit = preset.maxWeightLimit >> 16
        finney.difficulty = preset.difficulty
        finney.minDifficulty = preset.minDifficulty
        finney.adjustmentInterval = preset.adjustmentInterval
        finney.targetRegistrationsPerInterval = preset.targetRegistrationsPerInterval
        finney.maxRegistrationsPerBlock = preset.maxRegistrationsPerBlock
        finney.validatorSequenceLength = preset.validatorSequenceLength
        finney.validatorBatchSize = preset.validatorBatchSize
        hyperparameters = finney
        schedule = schedule.map { change in
            guard case .set(.maxWeightLimit(let limit)) = change.action else { return change }
            return ScheduledChange.at(change.block, .maxWeightLimit(limit >> 16))
        }
        weightsInterval = max(weightsInterval, finney.weightsRateLimit + 1)
    }
}
