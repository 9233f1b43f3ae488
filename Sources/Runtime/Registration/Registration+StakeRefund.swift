/// Stake of a pruned hotkey goes back to its coldkeys' free balances.
///
/// The 2022 chain refunded the pruned neuron's stake to its coldkey; pre-dTAO Finney (Apr 2023 –
/// Feb 2025) unstaked every coldkey from a replaced hotkey that held no other registration. Rao only
/// moves from stake to free balance, so `totalIssuance` is unchanged.
extension Registration {
    /// Unstakes every coldkey from `hotkey` into its free balance, keeping every total consistent.
    static func refundStake(of hotkey: AccountID, state: inout ChainState) -> [Event] {
        guard let stakers = state.staking.stake[hotkey] else { return [] }
        var events: [Event] = []
        for (coldkey, amount) in stakers.sorted(by: { $0.key < $1.key }) where amount > 0 {
            state.staking.decreaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
            state.accounts[coldkey, default: AccountInfo()].free = state.balance(of: coldkey).addingClamped(
                amount)
            events.append(.registration(.stakeRefunded(hotkey: hotkey, coldkey: coldkey, amount: amount)))
        }
        state.staking.stake[hotkey] = nil
        state.staking.totalHotkeyStake[hotkey] = nil
        return events
    }
}
