import ChainAPI
import ChainClient
import Explorer
import Runtime

extension Simulation {
    /// The Roundup figures of the current state, as the explorer's indexer samples a node.
    public func sample() -> ChainSample {
        let subnets = state.subnets.keys.sorted().compactMap { state.subnets[$0] }.map { subnet in
            let h = subnet.hyperparameters
            let stake = subnet.neurons.hotkeys.reduce(Rao(0)) { $0.addingClamped(state.staking.stake(onHotkey: $1)) }
            let emission = state.era == .nakamoto ? Emission.blockEmission(state) : subnet.emissionPerBlock
            return SubnetSample(
                netuid: subnet.netuid, neurons: UInt64(subnet.neurons.count), uidLimit: UInt64(h.maxAllowedUids),
                difficulty: h.difficulty, burn: h.burn, totalStake: stake, sequenceLength: h.validatorSequenceLength,
                emission: emission)
        }
        return ChainSample(
            block: state.blockNumber, totalIssuance: state.totalIssuance, totalStake: state.staking.totalStake,
            totalEmission: subnets.reduce(0) { $0.addingClamped($1.emission) }, subnets: subnets)
    }

    /// The simulated network's metagraph, accounts as SS58, as the node's `yuma_metagraph` shows it.
    public func metagraph() -> MetagraphView? {
        guard let subnet else { return nil }
        return MetagraphView(subnet: subnet, state: state, block: state.blockNumber, ss58: \.ss58)
    }
}

extension UInt64 {
    /// `self + other`, stopping at `UInt64.max`.
    func addingClamped(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
