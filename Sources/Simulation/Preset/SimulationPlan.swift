import Runtime

/// Everything a preset decides about a run, already scaled to the network size and timeline: the
/// network's parameters at genesis, the sudo schedule, the registration demand, the agents and the
/// staking flows.
public struct SimulationPlan: Sendable, Equatable {
    /// Hyperparameters of the simulated network at block 0 (the era's defaults overridden by the preset).
    public var hyperparameters: SubnetHyperparameters
    /// Sudo changes by block, in order.
    public var schedule: [ScheduledChange]
    /// Registration demand.
    public var demand: RegistrationDemand
    /// Validators registered at launch.
    public var validators: Int
    /// Coldkeys that run the miners (each owns many miner hotkeys).
    public var minerOperators: Int
    /// Free balance of each validator coldkey at genesis, rao.
    public var validatorEndowment: Rao
    /// Free balance of each miner operator at genesis, rao.
    public var operatorEndowment: Rao
    /// Free balance of the sudo key at genesis (the rest of the initial issuance), rao.
    public var treasury: Rao
    /// Stake each validator adds right after it registers, rao.
    public var initialValidatorStake: Rao
    /// New stake added by all validators together each flow period, rao.
    public var newStakePerPeriod: Rao
    /// Fraction of each miner's stake its operator takes out each flow period.
    public var unstakeFractionPerPeriod: Double
    /// Blocks between two weight settings of one validator.
    public var weightsInterval: UInt64
    /// Spread of a validator's view of miner quality (standard deviation of its noise).
    public var validatorNoise: Double
    /// Expected burned registrations per block (Finney era only; paid by the miner operators).
    public var burnedRegistrationsPerBlock: Double
    /// Simulated date of block 0, milliseconds since the Unix epoch.
    public var startMilliseconds: UInt64
    /// Blocks between two rounds of staking flows (a simulated day by default).
    public var flowPeriod: UInt64 = 7_200

    /// A plan.
    public init(
        hyperparameters: SubnetHyperparameters, schedule: [ScheduledChange], demand: RegistrationDemand,
        validators: Int, minerOperators: Int, validatorEndowment: Rao, operatorEndowment: Rao, treasury: Rao,
        initialValidatorStake: Rao, newStakePerPeriod: Rao, unstakeFractionPerPeriod: Double, weightsInterval: UInt64,
        validatorNoise: Double, burnedRegistrationsPerBlock: Double, startMilliseconds: UInt64
    ) {
        self.hyperparameters = hyperparameters
        self.schedule = schedule
        self.demand = demand
        self.validators = validators
        self.minerOperators = minerOperators
        self.validatorEndowment = validatorEndowment
        self.operatorEndowment = operatorEndowment
        self.treasury = treasury
        self.initialValidatorStake = initialValidatorStake
        self.newStakePerPeriod = newStakePerPeriod
        self.unstakeFractionPerPeriod = unstakeFractionPerPeriod
        self.weightsInterval = weightsInterval
        self.validatorNoise = validatorNoise
        self.burnedRegistrationsPerBlock = burnedRegistrationsPerBlock
        self.startMilliseconds = startMilliseconds
    }
}

/// Scaling of the preset's UID counts to the simulated network size.
struct UidScale {
    /// Simulated uids over the preset's full size.
    let factor: Double

    /// `value` scaled, at least `minimum`.
    func callAsFunction(_ value: Int, minimum: Int = 1) -> UInt16 {
        UInt16(clamping: max(minimum, Int((Double(value) * factor).rounded())))
    }
}
