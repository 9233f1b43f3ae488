extension Staking {
    /// The Finney `add_stake` checks in the chain's order; returns the rao that will be withdrawn.
    static func checkAddStakeFinney(coldkey: AccountID, hotkey: AccountID, amount: Rao, state: ChainState)
        throws(DispatchError) -> Rao
    {
        let staking = state.staking
        let free = state.balance(of: coldkey)
        guard amount <= free else { throw .staking(.notEnoughBalanceToStake) }
        guard staking.owner[hotkey] != nil else { throw .staking(.notRegistered) }
        let owned = staking.owns(coldkey, hotkey)
        guard owned || staking.isDelegate(hotkey) else { throw .staking(.nonAssociatedColdKey) }
        let calls = staking.stakesThisInterval(coldkey: coldkey, hotkey: hotkey, at: state.blockNumber)
        guard calls < staking.parameters.targetStakesPerInterval else {
            throw .staking(.stakeRateLimitExceeded)
        }
        if !owned {
            let after = staking.stake(of: coldkey, on: hotkey).addingClamped(amount)
            guard after >= staking.parameters.nominatorMinRequiredStake else {
                throw .staking(.nomStakeBelowMinimumThreshold)
            }
        }
        return try keepAliveWithdrawal(amount, free: free)
    }

    /// The Nakamoto `add_stake` checks; returns the rao that will be withdrawn.
    static func checkAddStakeNakamoto(coldkey: AccountID, hotkey: AccountID, amount: Rao, state: ChainState)
        throws(DispatchError) -> Rao
    {
        guard state.isRegisteredOnAnySubnet(hotkey) else { throw .staking(.notRegistered) }
        guard state.staking.owns(coldkey, hotkey) else { throw .staking(.nonAssociatedColdKey) }
        let free = state.balance(of: coldkey)
        guard amount <= free else { throw .staking(.notEnoughBalanceToStake) }
        // The 2022 withdrawal is exact and refuses to leave the account under the deposit.
        guard amount == 0 || free.subtractingClamped(amount) >= existentialDeposit else {
            throw .staking(.balanceWithdrawalError)
        }
        return amount
    }

    /// The Finney `remove_stake` checks in the chain's order.
    static func checkRemoveStakeFinney(coldkey: AccountID, hotkey: AccountID, amount: Rao, state: ChainState)
        throws(DispatchError)
    {
        let staking = state.staking
        guard staking.owner[hotkey] != nil else { throw .staking(.notRegistered) }
        let owned = staking.owns(coldkey, hotkey)
        guard owned || staking.isDelegate(hotkey) else { throw .staking(.nonAssociatedColdKey) }
        guard amount > 0 else { throw .staking(.notEnoughStakeToWithdraw) }
        let held = staking.stake(of: coldkey, on: hotkey)
        guard held >= amount else { throw .staking(.notEnoughStakeToWithdraw) }
        let calls = staking.stakesThisInterval(coldkey: coldkey, hotkey: hotkey, at: state.blockNumber)
        guard calls < staking.parameters.targetStakesPerInterval else {
            throw .staking(.unstakeRateLimitExceeded)
        }
        if !owned {
            guard held.subtractingClamped(amount) >= staking.parameters.nominatorMinRequiredStake else {
                throw .staking(.nomStakeBelowMinimumThreshold)
            }
        }
    }

    /// The Nakamoto `remove_stake` checks.
    static func checkRemoveStakeNakamoto(
        coldkey: AccountID, hotkey: AccountID, amount: Rao, state: ChainState
    )
        throws(DispatchError)
    {
        guard state.isRegisteredOnAnySubnet(hotkey) else { throw .staking(.notRegistered) }
        guard state.staking.owns(coldkey, hotkey) else { throw .staking(.nonAssociatedColdKey) }
        guard state.staking.stake(of: coldkey, on: hotkey) >= amount else {
            throw .staking(.notEnoughStakeToWithdraw)
        }
    }

    /// The v1.0.0 withdrawal (`Precision::BestEffort`, `Preservation::Preserve`): at most what lies
    /// above the existential deposit is taken; taking nothing of a nonzero amount fails.
    static func keepAliveWithdrawal(_ amount: Rao, free: Rao) throws(DispatchError) -> Rao {
        guard amount > 0 else { return 0 }
        let withdrawn = min(amount, free.subtractingClamped(existentialDeposit))
        guard withdrawn > 0 else { throw .staking(.balanceWithdrawalError) }
        return withdrawn
    }

    /// Credits unstaked rao to a free balance. A deposit under the existential deposit into an empty
    /// account does not create it on the chain, so those rao are burned (recycled) instead.
    static func creditFree(_ amount: Rao, to coldkey: AccountID, state: inout ChainState) {
        let free = state.balance(of: coldkey)
        if free == 0 && amount < existentialDeposit {
            state.totalIssuance = state.totalIssuance.subtractingClamped(amount)
            state.totalRecycled = state.totalRecycled.addingClamped(amount)
        } else {
            state.accounts[coldkey, default: AccountInfo()].free = free.addingClamped(amount)
        }
    }
}

extension ChainState {
    /// Whether `hotkey` holds a uid on some subnet.
    func isRegisteredOnAnySubnet(_ hotkey: AccountID) -> Bool {
        subnets.values.contains { $0.neurons.uidOfHotkey[hotkey] != nil }
    }
}
