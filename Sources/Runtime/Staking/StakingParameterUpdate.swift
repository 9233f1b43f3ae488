/// A new value for one chain-wide staking parameter (the admin `sudo_set_<name>` calls).
public enum StakingParameterUpdate: Sendable, Equatable, Codable {
    /// `MinTake`.
    case minTake(UInt16)
    /// `MaxTake` (also the default take).
    case maxTake(UInt16)
    /// `TxRateLimit`; 0 turns it off.
    case txRateLimit(UInt64)
    /// `TxDelegateTakeRateLimit`; 0 turns it off.
    case txDelegateTakeRateLimit(UInt64)
    /// `TargetStakesPerInterval`.
    case targetStakesPerInterval(UInt64)
    /// `StakeInterval`.
    case stakeInterval(UInt64)
    /// `NominatorMinRequiredStake`; raising it returns smaller nominations to their coldkeys.
    case nominatorMinRequiredStake(Rao)
    /// `StakeThreshold`: the least stake a hotkey needs to set weights.
    case weightsMinStake(Rao)
}

extension StakingParameters {
    /// Applies one update.
    mutating func apply(_ update: StakingParameterUpdate) {
        switch update {
        case .minTake(let value): minTake = value
        case .maxTake(let value): maxTake = value
        case .txRateLimit(let value): txRateLimit = value
        case .txDelegateTakeRateLimit(let value): txDelegateTakeRateLimit = value
        case .targetStakesPerInterval(let value): targetStakesPerInterval = value
        case .stakeInterval(let value): stakeInterval = value
        case .nominatorMinRequiredStake(let value): nominatorMinRequiredStake = value
        case .weightsMinStake(let value): weightsMinStake = value
        }
    }
}
