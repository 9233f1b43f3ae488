/// Stake and delegation: who staked how much to which hotkey.
public struct StakingState: Sendable, Equatable {
    /// An empty staking state.
    public init() {}
}
