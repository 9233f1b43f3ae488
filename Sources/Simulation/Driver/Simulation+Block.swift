import Runtime

extension Simulation {
    /// Runs the next block: initialization (adjustment, emission, epochs), scheduled sudo changes,
    /// registrations, weights, staking flows, finalization; then the state root (when configured) and
    /// the next simulated hash.
    @discardableResult
    public mutating func step() -> SimulatedBlock {
        let number = state.blockNumber + 1
        var block = SimulatedBlock(number: number, parentHash: lastHash, timestamp: timestamp(of: number))
        for event in Runtime.initializeBlock(number, parentHash: lastHash, state: &state) {
            block.events.append((event, nil))
        }
        applySchedule(at: timeline(number), into: &block)
        if number == 1, configuration.startFull { fillNetwork(into: &block) }
        registerValidators(into: &block)
        registerMiners(at: timeline(number), into: &block)
        if state.era == .finney { registerBurned(into: &block) }
        setWeights(at: number, into: &block)
        if number % plan.flowPeriod == 0 { runStakingFlows(into: &block) }
        for event in Runtime.finalizeBlock(state: &state) { block.events.append((event, nil)) }
        if commitment != nil {
            _ = commitment?.commit(&state)
        } else {
            forgetWritesPeriodically()
        }
        var mixer = configuration.seed ^ number &* 0x9E37_79B9_7F4A_7C15
        for byte in lastHash.prefix(8) { mixer = mixer << 8 | UInt64(byte) }
        block.hash = Self.hashBytes(&mixer)
        lastHash = block.hash
        return block
    }

    /// Applies `call` signed by `signer` with its next nonce, as a block does; returns the events when
    /// the call succeeded.
    @discardableResult
    mutating func submit(_ signer: AccountID, _ call: Call, named name: String, into block: inout SimulatedBlock)
        -> [Event]?
    {
        let nonce = state.account(signer).nonce
        let events: [Event]
        do {
            events = try Runtime.apply(Extrinsic(signer: signer, nonce: nonce, call: call), to: &state)
        } catch {
            counters.invalidExtrinsics += 1
            return nil
        }
        var succeeded = true
        if case .extrinsicFailed = events.last {
            succeeded = false
            counters.failedExtrinsics += 1
        }
        let index = block.extrinsics.count
        block.extrinsics.append(.init(signer: signer, nonce: nonce, call: name, succeeded: succeeded))
        for event in events { block.events.append((event, index)) }
        return succeeded ? events : nil
    }

    /// Without a state commitment nothing drains the state's write marks; forget them every 1024
    /// blocks so that sets such as the touched block hashes do not grow for the whole run.
    mutating func forgetWritesPeriodically() {
        blocksSinceDrain += 1
        guard blocksSinceDrain >= 1_024 else { return }
        blocksSinceDrain = 0
        _ = state.blockHashes.takeTouched()
        _ = state.accounts.takeTouched()
        _ = state.subnets.takeTouched()
        _ = state.registration.usedWork.takeTouched()
        _ = state.staking.stake.takeTouched()
        _ = state.staking.totalHotkeyStake.takeTouched()
        _ = state.staking.totalColdkeyStake.takeTouched()
        _ = state.staking.owner.takeTouched()
        _ = state.staking.delegateTake.takeTouched()
        _ = state.staking.lastTxBlock.takeTouched()
        _ = state.staking.lastTxBlockDelegateTake.takeTouched()
        _ = state.staking.stakesThisInterval.takeTouched()
        _ = state.emission.loaded.takeTouched()
    }
}
