/// The staking pallet: coldkeys stake free balance on hotkeys, delegates accept nominators.
///
/// Finney follows subtensor v1.0.0 (`staking.rs`); Nakamoto follows the 2022 chain, where only the
/// coldkey that registered a hotkey may stake on it and there is no delegation and no rate limit.
enum Staking {
    /// Applies a staking call for `origin`, guard first.
    static func dispatch(_ call: StakingCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch call {
        case .addStake(let hotkey, let amount):
            try addStake(coldkey: origin, hotkey: hotkey, amount: amount, state: &state)
        case .removeStake(let hotkey, let amount):
            try removeStake(coldkey: origin, hotkey: hotkey, amount: amount, state: &state)
        case .becomeDelegate(let hotkey, let take):
            try becomeDelegate(coldkey: origin, hotkey: hotkey, take: take, state: &state)
        case .decreaseTake(let hotkey, let take):
            try decreaseTake(coldkey: origin, hotkey: hotkey, take: take, state: &state)
        case .increaseTake(let hotkey, let take):
            try increaseTake(coldkey: origin, hotkey: hotkey, take: take, state: &state)
        case .sudoSetParameter(let update):
            try sudoSetParameter(update, origin: origin, state: &state)
        }
    }

    /// `add_stake`: checks, withdraws with keep-alive, then credits the stake.
    static func addStake(coldkey: AccountID, hotkey: AccountID, amount: Rao, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        let staked: Rao
        switch state.era {
        case .finney:
            staked = try checkAddStakeFinney(coldkey: coldkey, hotkey: hotkey, amount: amount, state: state)
        case .nakamoto:
            staked = try checkAddStakeNakamoto(coldkey: coldkey, hotkey: hotkey, amount: amount, state: state)
        }

        state.accounts[coldkey, default: AccountInfo()].free = state.balance(of: coldkey).subtractingClamped(
            staked)
        state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: staked)
        if state.era == .finney { recordRateLimitedCall(coldkey: coldkey, hotkey: hotkey, state: &state) }
        return [.staking(.stakeAdded(hotkey: hotkey, amount: staked))]
    }

    /// `remove_stake`: checks, takes the stake off the hotkey, credits the free balance.
    static func removeStake(coldkey: AccountID, hotkey: AccountID, amount: Rao, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch state.era {
        case .finney:
            try checkRemoveStakeFinney(coldkey: coldkey, hotkey: hotkey, amount: amount, state: state)
        case .nakamoto:
            try checkRemoveStakeNakamoto(coldkey: coldkey, hotkey: hotkey, amount: amount, state: state)
        }

        state.staking.decreaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
        creditFree(amount, to: coldkey, state: &state)
        if state.era == .finney { recordRateLimitedCall(coldkey: coldkey, hotkey: hotkey, state: &state) }
        return [.staking(.stakeRemoved(hotkey: hotkey, amount: amount))]
    }

    /// Stamps `LastTxBlock` and counts the call in the pair's interval.
    private static func recordRateLimitedCall(coldkey: AccountID, hotkey: AccountID, state: inout ChainState)
    {
        let block = state.blockNumber
        let count = state.staking.stakesThisInterval(coldkey: coldkey, hotkey: hotkey, at: block)
        state.staking.lastTxBlock[coldkey] = block
        state.staking.stakesThisInterval[StakePair(coldkey: coldkey, hotkey: hotkey)] =
            IntervalCount(count: count.addingClamped(1), lastBlock: block)
    }
}
