@testable import Runtime

/// Chain states built directly (no extrinsics) for the emission tests, and the block loop.
enum EmissionFixture {
    /// The sudo key of every fixture chain.
    static let sudo = DevAccounts.alice
    /// The coldkey that owns every fixture subnet.
    static let subnetOwner = AccountID(testSeed: 200)

    /// A hotkey per index.
    static func hotkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 1 + index))
    }
    /// A coldkey per index.
    static func coldkey(_ index: Int) -> AccountID {
        AccountID(testSeed: UInt8(truncatingIfNeeded: 100 + index))
    }

    /// A chain of `era` whose issuance is `issuance` (held free by the sudo key) with empty subnets `netuids`.
    static func state(
        era: Era, issuance: Rao = 0, netuids: [NetUID], parameters: SubnetHyperparameters? = nil
    ) -> ChainState {
        var state = Genesis(era: era, sudoKey: sudo, endowments: issuance > 0 ? [(sudo, issuance)] : [])
            .state()
        for netuid in netuids {
            state.subnets[netuid] = Subnet(
                netuid: netuid, owner: subnetOwner, createdAt: 0, lockedRao: 0,
                hyperparameters: parameters ?? (era == .finney ? .finney : .nakamoto))
        }
        return state
    }

    /// Registers `hotkey` owned by `coldkey` on `netuid` at `block` and stakes `stake` new rao on it from
    /// `coldkey` (issuance grows with it, as if the coldkey had been endowed and staked).
    @discardableResult
    static func addNeuron(
        netuid: NetUID, hotkey: AccountID, coldkey: AccountID, stake: Rao, at block: BlockNumber = 0,
        state: inout ChainState
    ) -> UID {
        let uid = state.subnets[netuid]?.neurons.append(hotkey: hotkey, at: block) ?? UID.max
        state.staking.owner[hotkey] = coldkey
        addStake(hotkey: hotkey, coldkey: coldkey, amount: stake, state: &state)
        return uid
    }

    /// Stakes `amount` new rao from `coldkey` on `hotkey`.
    static func addStake(hotkey: AccountID, coldkey: AccountID, amount: Rao, state: inout ChainState) {
        guard amount > 0 else { return }
        state.staking.increaseStake(hotkey: hotkey, coldkey: coldkey, amount: amount)
        state.totalIssuance += amount
    }

    /// Σ free + total stake + subnet locks: what `totalIssuance` must equal after every block.
    static func accountedRao(_ state: ChainState) -> UInt128 {
        let free = state.accounts.values.reduce(UInt128(0)) { $0 + UInt128($1.free) }
        let locked = state.subnets.values.reduce(UInt128(0)) { $0 + UInt128($1.lockedRao) }
        return free + UInt128(state.staking.totalStake) + locked
    }

    /// Whether the stake maps agree with their totals.
    static func stakeTotalsAgree(_ state: ChainState) -> Bool {
        let pairs = state.staking.stake.values.reduce(UInt128(0)) {
            $0 + $1.values.reduce(UInt128(0)) { $0 + UInt128($1) }
        }
        let hotkeys = state.staking.totalHotkeyStake.values.reduce(UInt128(0)) { $0 + UInt128($1) }
        let coldkeys = state.staking.totalColdkeyStake.values.reduce(UInt128(0)) { $0 + UInt128($1) }
        let total = UInt128(state.staking.totalStake)
        return pairs == total && hotkeys == total && coldkeys == total
    }

    /// Applies one empty block (initialize then finalize) and returns its events.
    @discardableResult
    static func advanceBlock(_ state: inout ChainState) -> [Event] {
        var events = Runtime.initializeBlock(state.blockNumber + 1, parentHash: [], state: &state)
        events += Runtime.finalizeBlock(state: &state)
        return events
    }
}
