import Consensus

// The 2022 scheduling and payout of the mechanism step (`subtensor_deprecated` `lib.rs::on_initialize`,
// `step.rs::mechanism_step`).

extension Emission {
    /// The 2022 `on_initialize` for every network of the state: step when `blocksSinceLastStep + 1 ≥ tempo`
    /// with `(blocksSinceLastStep + 1) × 1 τ`, then reset the counter; otherwise count the block.
    static func nakamotoBlockStep(state: inout ChainState) -> [Event] {
        var events: [Event] = []
        for netuid in state.subnets.keys.sorted() {
            guard let subnet = state.subnets[netuid] else { continue }
            let blocks = subnet.blocksSinceLastStep.addingClamped(1)
            guard blocks >= UInt64(subnet.hyperparameters.tempo) else {
                state.subnets[netuid]?.blocksSinceLastStep = blocks
                continue
            }
            let (product, overflow) = blocks.multipliedReportingOverflow(by: blockEmission(state))
            events.append(nakamotoStep(netuid: netuid, emission: overflow ? .max : product, state: &state))
            state.subnets[netuid]?.blocksSinceLastStep = 0
        }
        return events
    }

    /// Runs the mechanism step of `netuid` over `emission` rao, stores its terms and bonds and pays each
    /// uid's emission into the stake its owning coldkey holds on its hotkey (a hotkey without a recorded
    /// owner is not paid, as in `Staking.distribute`); issuance grows by exactly what was paid.
    /// The 2022 priority is not modelled (it only ordered the transaction pool) and no uid is queued
    /// for pruning at the step.
    static func nakamotoStep(netuid: NetUID, emission: Rao, state: inout ChainState) -> Event {
        let block = state.blockNumber
        guard let subnet = state.subnets[netuid] else {
            return .emission(.nakamotoStepFailed(netuid: netuid, block: block, reason: "no such network"))
        }
        let neurons = subnet.neurons
        let parameters = subnet.hyperparameters
        let input = NakamotoStepInput(
            neurons: neurons.hotkeys.indices.map { uid in
                NakamotoNeuronState(
                    stake: state.staking.stake(onHotkey: neurons.hotkeys[uid]),
                    lastUpdate: uid < neurons.lastUpdate.count ? neurons.lastUpdate[uid] : 0,
                    weights: uid < neurons.weights.count
                        ? neurons.weights[uid].map { NakamotoWeight(uid: UInt32($0.uid), weight: $0.value) } : [],
                    bonds: uid < neurons.bonds.count
                        ? neurons.bonds[uid].map { NakamotoBond(uid: UInt32($0.uid), amount: $0.value) } : [])
            },
            block: block, emission: emission,
            hyperparameters: NakamotoHyperparameters(
                rho: UInt64(parameters.rho), kappa: UInt64(parameters.kappa),
                bondsMovingAverage: parameters.bondsMovingAverage, activityCutoff: UInt64(parameters.activityCutoff),
                selfOwnership: 2))
        let output: NakamotoStepOutput
        do {
            output = try NakamotoMechanism.step(input)
        } catch {
            return .emission(.nakamotoStepFailed(netuid: netuid, block: block, reason: "\(error)"))
        }

        var updated = neurons
        for (uid, result) in output.neurons.enumerated() where uid < updated.terms.count {
            updated.terms[uid].active = result.active
            updated.terms[uid].rank = result.rank
            updated.terms[uid].trust = result.trust
            updated.terms[uid].consensus = result.consensus
            updated.terms[uid].incentive = result.incentive
            updated.terms[uid].dividends = result.dividends
            updated.terms[uid].emission = result.emission
        }
        updated.bonds = output.neurons.map { $0.bonds.map { BondEntry(uid: UID(truncatingIfNeeded: $0.uid), value: $0.amount) } }
        state.subnets[netuid]?.neurons = updated

        var paid: Rao = 0
        for (uid, result) in output.neurons.enumerated() where result.emission > 0 {
            let hotkey = neurons.hotkeys[uid]
            guard let owner = state.staking.owner[hotkey] else { continue }
            state.staking.increaseStake(hotkey: hotkey, coldkey: owner, amount: result.emission)
            paid = paid.addingClamped(result.emission)
        }
        state.totalIssuance = state.totalIssuance.addingClamped(paid)
        return .emission(.nakamotoStepRan(netuid: netuid, block: block, emission: paid))
    }
}
