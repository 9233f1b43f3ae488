/// Calls of the staking pallet.
public enum StakingCall: Sendable, Equatable {}

/// Events of the staking pallet.
public enum StakingEvent: Sendable, Equatable {}

/// Why a staking call failed.
public enum StakingError: Error, Sendable, Equatable {}
