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
        let table = subnet.neurons
        var view = MetagraphView(netuid: subnet.netuid, block: state.blockNumber)
        view.n = table.count
        view.hotkeys = table.hotkeys.map(\.ss58)
        view.coldkeys = table.hotkeys.map { state.staking.owner[$0]?.ss58 ?? "" }
        view.stake = table.hotkeys.map { state.staking.stake(onHotkey: $0) }
        let terms = table.terms.elements
        view.ranks = terms.map(\.rank)
        view.trust = terms.map(\.trust)
        view.consensus = terms.map(\.consensus)
        view.incentive = terms.map(\.incentive)
        view.dividends = terms.map(\.dividends)
        view.emission = terms.map(\.emission)
        view.validatorTrust = terms.map(\.validatorTrust)
        view.active = terms.map(\.active)
        view.pruningScores = terms.map(\.pruningScore)
        view.validatorPermit = table.validatorPermit.elements
        view.lastUpdate = table.lastUpdate.elements
        view.blockAtRegistration = table.blockAtRegistration.elements
        view.axons = table.axons.map { _ in nil }
        return view
    }
}

extension UInt64 {
    /// `self + other`, stopping at `UInt64.max`.
    func addingClamped(_ other: UInt64) -> UInt64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
