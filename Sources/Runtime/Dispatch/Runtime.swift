/// The chain's state transition: pure functions from a state and a block's contents to the next
/// state and its events. No clock, no I/O.
public enum Runtime {
    /// Applies one extrinsic: checks the nonce, charges fee and tip (``FeeSchedule/fee(for:tip:)``), bumps the nonce, then runs the
    /// call. Every pallet checks all of a call's preconditions before it writes anything (guard first),
    /// so a call that fails has changed nothing and only fee and nonce remain. The state is not copied
    /// around the call: an extrinsic costs what it touches, not the size of the state. The randomized
    /// chain tests compare the states around every refused call to hold the pallets to this.
    ///
    /// - Throws: ``DispatchError`` when the extrinsic is invalid (bad nonce, cannot pay): then nothing
    ///   at all changed and the extrinsic does not belong in a block.
    public static func apply(_ extrinsic: Extrinsic, to state: inout ChainState) throws(DispatchError)
        -> [Event]
    {
        let signer = extrinsic.signer
        let expected = state.account(signer).nonce
        guard extrinsic.nonce == expected else { throw .badNonce(expected: expected, found: extrinsic.nonce) }
        guard let fee = state.fees.fee(for: extrinsic.call, tip: extrinsic.tip) else { throw .arithmeticOverflow }
        var events = [try Balances.chargeFee(fee, from: signer, state: &state)]
        state.accounts[signer, default: AccountInfo()].nonce = expected &+ 1

        do {
            events += try dispatch(extrinsic.call, origin: signer, state: &state)
            events.append(.extrinsicSucceeded(signer: signer, nonce: extrinsic.nonce))
        } catch {
            events.append(.extrinsicFailed(signer: signer, nonce: extrinsic.nonce, error: error))
        }
        return events
    }

    /// Routes a call to its pallet.
    static func dispatch(_ call: Call, origin: AccountID, state: inout ChainState) throws(DispatchError)
        -> [Event]
    {
        switch call {
        case .balances(let call): try Balances.dispatch(call, origin: origin, state: &state)
        case .sudo(let call): try Sudo.dispatch(call, origin: origin, state: &state)
        case .subnets(let call): try Subnets.dispatch(call, origin: origin, state: &state)
        case .registration(let call): try Registration.dispatch(call, origin: origin, state: &state)
        case .staking(let call): try Staking.dispatch(call, origin: origin, state: &state)
        case .weights(let call): try Weights.dispatch(call, origin: origin, state: &state)
        case .serving(let call): try Serving.dispatch(call, origin: origin, state: &state)
        case .emission(let call): try Emission.dispatch(call, origin: origin, state: &state)
        }
    }

    /// Starts block `number` whose parent has hash `parentHash`: records the hash for seal checks and
    /// resets per-block counters.
    public static func initializeBlock(_ number: BlockNumber, parentHash: [UInt8], state: inout ChainState)
        -> [Event]
    {
        state.blockNumber = number
        if number > 0 { state.blockHashes[number - 1] = parentHash }
        if number > 256 { state.blockHashes[number - 257] = nil }
        for netuid in state.subnets.keys { state.subnets[netuid]?.registrationsThisBlock = 0 }
        // The chain's `on_initialize`: registration adjustment, then block emission, payout of the last epochs,
        // pending emission, epochs.
        let adjustments = Registration.onInitialize(state: &state)
        return adjustments + Emission.onInitialize(state: &state)
    }

    /// Ends the current block. Registration adjustments, emission and epochs run at the start of each block,
    /// in ``initializeBlock(_:parentHash:state:)``, as the chain's `on_initialize`.
    public static func finalizeBlock(state: inout ChainState) -> [Event] {
        []
    }
}
