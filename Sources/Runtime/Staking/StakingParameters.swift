/// Chain-wide staking parameters (subtensor v1.0.0 storage values and runtime constants).
public struct StakingParameters: Sendable, Equatable, Codable {
    /// `MinTake`: the lowest delegate take, u16 proportion.
    public var minTake: UInt16
    /// `MaxTake`: the highest delegate take, also the default take, u16 proportion.
    public var maxTake: UInt16
    /// `TxRateLimit`: blocks a coldkey waits between rate-limited transactions (0 = none).
    public var txRateLimit: UInt64
    /// `TxDelegateTakeRateLimit`: blocks between two take changes of one coldkey.
    public var txDelegateTakeRateLimit: UInt64
    /// `TargetStakesPerInterval`: stake plus unstake calls allowed per coldkey–hotkey pair per interval.
    public var targetStakesPerInterval: UInt64
    /// `StakeInterval`: length of that interval in blocks.
    public var stakeInterval: UInt64
    /// `NominatorMinRequiredStake`: the least stake a nominator may hold on a delegate.
    public var nominatorMinRequiredStake: Rao
    /// `StakeThreshold` (`WeightsMinStake` in v1.0.0): the least stake a hotkey needs to set weights.
    public var weightsMinStake: Rao

    /// The values of the v1.0.0 runtime: takes 9 %–18 %, 1000-block tx limit, one stake call per
    /// pair per 360 blocks, no nominator or weights minimum.
    public static let finney = StakingParameters(
        minTake: 5_898, maxTake: 11_796, txRateLimit: 1_000, txDelegateTakeRateLimit: 216_000,
        targetStakesPerInterval: 1, stakeInterval: 360, nominatorMinRequiredStake: 0, weightsMinStake: 0)

    /// The default delegate take (`MaxTake`, 18 %).
    public var defaultTake: UInt16 { maxTake }

    /// Parameters.
    public init(
        minTake: UInt16, maxTake: UInt16, txRateLimit: UInt64, txDelegateTakeRateLimit: UInt64,
        targetStakesPerInterval: UInt64, stakeInterval: UInt64, nominatorMinRequiredStake: Rao,
        weightsMinStake: Rao
    ) {
        self.minTake = minTake
        self.maxTake = maxTake
        self.txRateLimit = txRateLimit
        self.txDelegateTakeRateLimit = txDelegateTakeRateLimit
        self.targetStakesPerInterval = targetStakesPerInterval
        self.stakeInterval = stakeInterval
        self.nominatorMinRequiredStake = nominatorMinRequiredStake
        self.weightsMinStake = weightsMinStake
    }
}
