import Consensus

// Per-subnet emission values: how the block emission is split across subnets (`spec/chain.md` §8).

extension Emission {
    /// Rao minted per block at the state's issuance: halving in Finney, a constant 1 τ in Nakamoto.
    public static func blockEmission(_ state: ChainState) -> Rao {
        switch state.era {
        case .nakamoto: return BlockEmission.defaultBlockEmission
        // The chain's callers use `unwrap_or(0)`; no u64 issuance reaches the error.
        case .finney: return (try? BlockEmission.forIssuance(state.totalIssuance)) ?? 0
        }
    }

    /// Writes this block's `emissionPerBlock` of every subnet: the equal split, or the sudo values scaled
    /// down pro rata when they add up to more than the block emission. The sum never exceeds it.
    static func assignEmissionValues(state: inout ChainState) {
        let total = blockEmission(state)
        let netuids = state.subnets.keys.sorted()
        guard !netuids.isEmpty else { return }
        if !state.emission.valuesSetBySudo {
            let share = total / Rao(netuids.count)
            for netuid in netuids { state.subnets[netuid]?.emissionPerBlock = share }
            return
        }
        let values = netuids.map { state.subnets[$0]?.emissionPerBlock ?? 0 }
        let sum = values.reduce(UInt128(0)) { $0 + UInt128($1) }
        guard sum > UInt128(total) else { return }
        for (netuid, value) in zip(netuids, values) {
            // value × total / sum ≤ total, so it fits a u64.
            let scaled = UInt128(value) * UInt128(total) / sum
            state.subnets[netuid]?.emissionPerBlock = Rao(truncatingIfNeeded: scaled)
        }
    }

    /// `sudo_set_emission_values`: fixes every subnet's value; the sum must not exceed the block emission.
    static func setEmissionValues(netuids: [NetUID], values: [Rao], state: inout ChainState)
        throws(DispatchError)
    {
        guard netuids.count == values.count, Set(netuids).count == netuids.count,
            Set(netuids) == Set(state.subnets.keys)
        else { throw .emission(.emissionValuesDoNotMatchNetworks) }
        let sum = values.reduce(UInt128(0)) { $0 + UInt128($1) }
        let total = blockEmission(state)
        guard sum <= UInt128(total) else {
            throw .emission(
                .emissionValuesExceedBlockEmission(sum: Rao(clamping: sum), blockEmission: total))
        }
        for (netuid, value) in zip(netuids, values) { state.subnets[netuid]?.emissionPerBlock = value }
        state.emission.valuesSetBySudo = true
    }
}
