/// Checks shared by proof-of-work and burned registration.
extension Registration {
    /// Per-block limit (both eras) and, in Finney, fewer than 3 × target registrations this interval.
    static func checkRateLimits(_ subnet: Subnet, era: Era) throws(DispatchError) {
        let parameters = subnet.hyperparameters
        guard subnet.registrationsThisBlock < parameters.maxRegistrationsPerBlock else {
            throw .registration(.tooManyRegistrationsThisBlock)
        }
        guard
            era == .nakamoto
                || subnet.registrationsThisInterval
                    < parameters.targetRegistrationsPerInterval.multipliedClamped(by: 3)
        else { throw .registration(.tooManyRegistrationsThisInterval) }
    }

    /// The hotkey holds no uid on the subnet yet.
    static func checkNotRegistered(_ hotkey: AccountID, on subnet: Subnet) throws(DispatchError) {
        guard subnet.neurons.uidOfHotkey[hotkey] == nil else {
            throw .registration(.hotKeyAlreadyRegisteredInSubNet)
        }
    }

    /// The hotkey is new (the pair is created on registration) or already owned by `coldkey`.
    static func checkOwnership(hotkey: AccountID, coldkey: AccountID, state: ChainState) throws(DispatchError)
    {
        let owner = state.staking.owner[hotkey]
        guard owner == nil || owner == coldkey else { throw .registration(.nonAssociatedColdKey) }
    }
}

extension UInt16 {
    /// `self × other`, clamped at `UInt16.max`.
    fileprivate func multipliedClamped(by other: UInt16) -> UInt16 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
