/// `burned_register` (Finney): the coldkey pays the subnet's current `Burn` instead of doing work.
///
/// Pre-dTAO accounting: the burn leaves the coldkey's free balance and `totalIssuance`, and is added
/// to `totalRecycled` (chain-wide) and to the subnet's ``Subnet/recycledForRegistration``, so
/// `totalIssuance + totalRecycled` is unchanged by a registration.
extension Registration {
    /// Registers `hotkey` for `coldkey` by burning.
    static func burnedRegister(netuid: NetUID, hotkey: AccountID, coldkey: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        guard state.era == .finney else { throw .registration(.notAvailableInEra) }
        guard let subnet = state.subnets[netuid] else { throw .registration(.subnetNotExists) }
        guard subnet.hyperparameters.burnRegistrationAllowed else {
            throw .registration(.subNetRegistrationDisabled)
        }
        try checkRateLimits(subnet, era: state.era)
        try checkNotRegistered(hotkey, on: subnet)
        let burn = subnet.hyperparameters.burn
        let balance = state.balance(of: coldkey)
        guard balance >= burn else { throw .registration(.notEnoughBalanceToBurn) }
        try checkOwnership(hotkey: hotkey, coldkey: coldkey, state: state)
        let placement = try placement(on: subnet, state: state)

        state.accounts[coldkey, default: AccountInfo()].free = balance - burn
        state.totalIssuance = state.totalIssuance.subtractingClamped(burn)
        state.totalRecycled = state.totalRecycled.addingClamped(burn)
        state.subnets[netuid]?.recycledForRegistration = subnet.recycledForRegistration.addingClamped(burn)
        state.subnets[netuid]?.burnRegistrationsThisInterval.saturatingIncrement()
        var events: [Event] = [
            .registration(.registrationBurned(netuid: netuid, coldkey: coldkey, amount: burn))
        ]
        events += admit(hotkey: hotkey, coldkey: coldkey, netuid: netuid, at: placement, state: &state)
        return events
    }
}
