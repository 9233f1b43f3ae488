extension Staking {
    /// The sudo key sets one staking parameter. Raising `NominatorMinRequiredStake` returns every
    /// nomination under the new minimum to its coldkey (`clear_small_nominations`), as the chain does.
    static func sudoSetParameter(_ update: StakingParameterUpdate, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        guard state.sudoKey == origin else { throw .staking(.requireSudo) }

        let previousMinimum = state.staking.parameters.nominatorMinRequiredStake
        state.staking.parameters.apply(update)
        var events: [Event] = [.staking(.parameterSet(update))]
        if case .nominatorMinRequiredStake(let minimum) = update, minimum > previousMinimum {
            events += clearSmallNominations(below: minimum, state: &state)
        }
        return events
    }

    /// Unstakes every nomination (stake of a coldkey on a hotkey it does not own) under `minimum`.
    static func clearSmallNominations(below minimum: Rao, state: inout ChainState) -> [Event] {
        var events: [Event] = []
        for hotkey in state.staking.stake.keys.sorted() {
            for (coldkey, stake) in (state.staking.stake[hotkey] ?? [:]).sorted(by: { $0.key < $1.key })
            where !state.staking.owns(coldkey, hotkey) && stake < minimum {
                state.staking.decreaseStake(hotkey: hotkey, coldkey: coldkey, amount: stake)
                creditFree(stake, to: coldkey, state: &state)
                events.append(.staking(.nominationCleared(hotkey: hotkey, coldkey: coldkey, amount: stake)))
            }
        }
        return events
    }
}
