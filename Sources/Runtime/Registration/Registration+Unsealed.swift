/// Proof-of-work registration for simulations that model hashing statistically.
///
/// A simulator cannot search seals at the difficulties of the real network (10^7 to 10^15 hashes per
/// registration), so it draws whether a registrant found a seal from its hashrate and the current
/// difficulty, and then registers through this entry point. It applies every rule of `register`
/// except the three that only concern the seal itself (work block window, difficulty of the seal,
/// seal recomputation): registration open, the per-block limit (and Finney's interval limit), hotkey
/// not yet registered, coldkey ownership (Finney), uid placement and pruning, stake refund of a pruned
/// hotkey, and the interval counters that drive the difficulty adjustment. No seal is recorded in
/// `UsedWork`. It is a plain function, not a call: no extrinsic can reach it.
extension Runtime {
    /// Registers `hotkey` for `coldkey` on `netuid` as a PoW registration whose seal is taken as found.
    ///
    /// - Throws: the ``DispatchError`` `register` would raise for the same state, other than the seal
    ///   errors; nothing changes when it throws.
    public static func registerWithUnsealedWork(
        netuid: NetUID, hotkey: AccountID, coldkey: AccountID, state: inout ChainState
    ) throws(DispatchError) -> [Event] {
        guard let subnet = state.subnets[netuid] else { throw .registration(.subnetNotExists) }
        guard subnet.hyperparameters.registrationAllowed else {
            throw .registration(.subNetRegistrationDisabled)
        }
        try Registration.checkRateLimits(subnet, era: state.era)
        try Registration.checkNotRegistered(hotkey, on: subnet)
        if state.era == .finney {
            try Registration.checkOwnership(hotkey: hotkey, coldkey: coldkey, state: state)
        }
        let placement = try Registration.placement(on: subnet, state: state)
        state.subnets[netuid]?.powRegistrationsThisInterval.saturatingIncrement()
        return Registration.admit(hotkey: hotkey, coldkey: coldkey, netuid: netuid, at: placement, state: &state)
    }
}
