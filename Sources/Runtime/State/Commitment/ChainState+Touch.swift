/// Write marks of the whole state, for commitments built from scratch.
extension ChainState {
    /// Marks every entry of the state as written.
    mutating func touchAll() {
        blockHashes.touchAll()
        accounts.touchAll()
        registration.usedWork.touchAll()
        staking.stake.touchAll()
        staking.totalHotkeyStake.touchAll()
        staking.totalColdkeyStake.touchAll()
        staking.owner.touchAll()
        staking.delegateTake.touchAll()
        staking.lastTxBlock.touchAll()
        staking.lastTxBlockDelegateTake.touchAll()
        staking.stakesThisInterval.touchAll()
        emission.loaded.touchAll()
        subnets.touchAll()
        for netuid in Array(subnets.keys) {
            _ = subnets.updateUntracked(netuid) { $0.neurons.touchAll() }
        }
    }
}

extension NeuronTable {
    /// Marks every cell of every column as written.
    mutating func touchAll() {
        hotkeys.touchAll()
        blockAtRegistration.touchAll()
        lastUpdate.touchAll()
        validatorPermit.touchAll()
        axons.touchAll()
        prometheus.touchAll()
        terms.touchAll()
        weights.touchAll()
        bonds.touchAll()
    }

    /// The written positions of a paged column, ascending, forgetting them.
    mutating func takeTouched(_ column: NeuronColumn) -> [Int] {
        switch column {
        case .hotkeys: hotkeys.takeTouched()
        case .blockAtRegistration: blockAtRegistration.takeTouched()
        case .lastUpdate: lastUpdate.takeTouched()
        case .validatorPermit: validatorPermit.takeTouched()
        case .axons: axons.takeTouched()
        case .prometheus: prometheus.takeTouched()
        case .terms: terms.takeTouched()
        }
    }
}
