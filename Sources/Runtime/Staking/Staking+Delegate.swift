extension Staking {
    /// `become_delegate`: the owner opens a hotkey to nominators with a take in `[MinTake, MaxTake]`.
    static func becomeDelegate(coldkey: AccountID, hotkey: AccountID, take: UInt16, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        guard state.era == .finney else { throw .staking(.delegationNotAvailableInNakamoto) }
        let staking = state.staking
        let block = state.blockNumber
        guard staking.owner[hotkey] != nil else { throw .staking(.notRegistered) }
        guard staking.owns(coldkey, hotkey) else { throw .staking(.nonAssociatedColdKey) }
        guard !staking.isDelegate(hotkey) else { throw .staking(.alreadyDelegate) }
        guard !staking.exceedsTxRateLimit(coldkey: coldkey, at: block) else {
            throw .staking(.txRateLimitExceeded)
        }
        // Compared bound by bound: sudo may have set MinTake above MaxTake, and then no take is valid.
        guard take >= staking.parameters.minTake, take <= staking.parameters.maxTake else {
            throw .staking(.invalidTake)
        }

        state.staking.delegateTake[hotkey] = take
        state.staking.lastTxBlock[coldkey] = block
        state.staking.lastTxBlockDelegateTake[coldkey] = block
        return [.staking(.delegateAdded(coldkey: coldkey, hotkey: hotkey, take: take))]
    }
}
