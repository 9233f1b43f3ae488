/// The registration pallet: proof-of-work and burned registration, uid assignment and pruning, and
/// the difficulty and burn adjustment (`spec/chain.md` §3–§4).
enum Registration {
    /// Applies a registration call for `origin`, guard first.
    static func dispatch(_ call: RegistrationCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch call {
        case .register(let netuid, let blockNumber, let nonce, let work, let hotkey, let coldkey):
            try register(
                PowRegistration(
                    netuid: netuid, blockNumber: blockNumber, nonce: nonce, work: work, hotkey: hotkey,
                    coldkey: coldkey),
                origin: origin, state: &state)
        case .burnedRegister(let netuid, let hotkey):
            try burnedRegister(netuid: netuid, hotkey: hotkey, coldkey: origin, state: &state)
        }
    }

    /// Block start: the difficulty and burn adjustment of every subnet whose interval has elapsed
    /// (the chain runs it in `on_initialize`, before any extrinsic of the block).
    static func onInitialize(state: inout ChainState) -> [Event] {
        adjustRegistrationTerms(state: &state)
    }
}
