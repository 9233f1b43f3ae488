/// Calls of the staking pallet; the signer is the coldkey.
public enum StakingCall: Sendable, Equatable {
    /// Moves `amount` rao of the signer's free balance onto `hotkey` (its own or a delegate).
    case addStake(hotkey: AccountID, amount: Rao)
    /// Moves `amount` rao of the signer's stake on `hotkey` back to its free balance.
    case removeStake(hotkey: AccountID, amount: Rao)
    /// Opens the signer's `hotkey` to nominators, keeping `take` (u16 proportion) of its validator
    /// emission; 11_796 (18 %) is the chain's default.
    case becomeDelegate(hotkey: AccountID, take: UInt16 = StakingParameters.finney.defaultTake)
    /// Lowers the take of the signer's `hotkey` (at least `MinTake`); no rate limit.
    case decreaseTake(hotkey: AccountID, take: UInt16)
    /// Raises the take of the signer's `hotkey` (at most `MaxTake`), once per `TxDelegateTakeRateLimit`.
    case increaseTake(hotkey: AccountID, take: UInt16)
    /// Sets one chain-wide staking parameter (sudo key only).
    case sudoSetParameter(StakingParameterUpdate)
}

/// Events of the staking pallet.
public enum StakingEvent: Sendable, Equatable {
    /// Rao were staked on a hotkey (the amount actually withdrawn).
    case stakeAdded(hotkey: AccountID, amount: Rao)
    /// Rao were unstaked from a hotkey.
    case stakeRemoved(hotkey: AccountID, amount: Rao)
    /// A hotkey became a delegate with a take.
    case delegateAdded(coldkey: AccountID, hotkey: AccountID, take: UInt16)
    /// A delegate's take was lowered.
    case takeDecreased(coldkey: AccountID, hotkey: AccountID, take: UInt16)
    /// A delegate's take was raised.
    case takeIncreased(coldkey: AccountID, hotkey: AccountID, take: UInt16)
    /// A staking parameter was set.
    case parameterSet(StakingParameterUpdate)
    /// A nomination under a raised minimum went back to its coldkey.
    case nominationCleared(hotkey: AccountID, coldkey: AccountID, amount: Rao)
}

/// Why a staking call failed.
public enum StakingError: Error, Sendable, Equatable {
    /// The hotkey has never been registered; register it before staking on it.
    case notRegistered
    /// The hotkey belongs to another coldkey and is not a delegate.
    case nonAssociatedColdKey
    /// The coldkey's free balance is less than the amount to stake.
    case notEnoughBalanceToStake
    /// Nothing can be withdrawn without taking the coldkey under the existential deposit.
    case balanceWithdrawalError
    /// The coldkey holds less stake on the hotkey than asked (or asked for zero).
    case notEnoughStakeToWithdraw
    /// The pair already made `TargetStakesPerInterval` stake calls this interval; wait for the next.
    case stakeRateLimitExceeded
    /// The pair already made `TargetStakesPerInterval` stake calls this interval; wait for the next.
    case unstakeRateLimitExceeded
    /// A nominator's stake on the delegate would end under `NominatorMinRequiredStake`.
    case nomStakeBelowMinimumThreshold
    /// The hotkey is already a delegate.
    case alreadyDelegate
    /// The coldkey made a rate-limited transaction less than `TxRateLimit` blocks ago (for
    /// `increaseTake`: changed a take less than `TxDelegateTakeRateLimit` blocks ago).
    case txRateLimitExceeded
    /// The take lies outside `[MinTake, MaxTake]`, or does not move the current take the asked way.
    case invalidTake
    /// The 2022 network has no delegation.
    case delegationNotAvailableInNakamoto
    /// Only the sudo key may set staking parameters.
    case requireSudo
}
