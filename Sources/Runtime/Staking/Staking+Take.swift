extension Staking {
    /// `decrease_take`: the owner lowers a hotkey's take, never under `MinTake`. As on the chain, a
    /// hotkey that is not yet a delegate becomes one with that take.
    static func decreaseTake(coldkey: AccountID, hotkey: AccountID, take: UInt16, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        try checkTakeOwner(coldkey: coldkey, hotkey: hotkey, state: state)
        let staking = state.staking
        if let current = staking.delegateTake[hotkey] {
            guard take < current else { throw .staking(.invalidTake) }
        }
        guard take >= staking.parameters.minTake else { throw .staking(.invalidTake) }

        state.staking.delegateTake[hotkey] = take
        return [.staking(.takeDecreased(coldkey: coldkey, hotkey: hotkey, take: take))]
    }

    /// `increase_take`: the owner raises a hotkey's take, never over `MaxTake`, at most once per
    /// `TxDelegateTakeRateLimit` blocks (counted from its last take change or delegation).
    static func increaseTake(coldkey: AccountID, hotkey: AccountID, take: UInt16, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        try checkTakeOwner(coldkey: coldkey, hotkey: hotkey, state: state)
        let staking = state.staking
        if let current = staking.delegateTake[hotkey] {
            guard take > current else { throw .staking(.invalidTake) }
        }
        guard take <= staking.parameters.maxTake else { throw .staking(.invalidTake) }
        let block = state.blockNumber
        let previous = staking.lastTxBlockDelegateTake[coldkey] ?? 0
        let limit = staking.parameters.txDelegateTakeRateLimit
        guard limit == 0 || previous == 0 || block.subtractingClamped(previous) > limit else {
            throw .staking(.txRateLimitExceeded)
        }

        state.staking.lastTxBlockDelegateTake[coldkey] = block
        state.staking.delegateTake[hotkey] = take
        return [.staking(.takeIncreased(coldkey: coldkey, hotkey: hotkey, take: take))]
    }

    /// `do_take_checks`: Finney only, the hotkey exists and belongs to the caller.
    private static func checkTakeOwner(coldkey: AccountID, hotkey: AccountID, state: ChainState)
        throws(DispatchError)
    {
        guard state.era == .finney else { throw .staking(.delegationNotAvailableInNakamoto) }
        guard state.staking.owner[hotkey] != nil else { throw .staking(.notRegistered) }
        guard state.staking.owns(coldkey, hotkey) else { throw .staking(.nonAssociatedColdKey) }
    }
}
