import Consensus

// The 2022 scheduling and payout of the mechanism step (`subtensor_deprecated` `lib.rs::on_initialize`,
// `step.rs::mechanism_step`).

extension Emission {
    /// The 2022 `on_initialize` for every network of the state: step when `blocksSinceLastStep + 1 ≥ tempo`
    /// with `(blocksSinceLastStep + 1) × 1 τ`, then reset the counter; otherwise count the block.
    static func nakamotoBlockStep(state: inout ChainState) -> [Event] {
        var events: [Event] = []
        for netuid in state.subnets.keys.sorted() {
            // Scalars only: a copy of the network held here would make the step copy its columns.
            guard let sinceLastStep = state.subnets[netuid]?.blocksSinceLastStep,
                let tempo = state.subnets[netuid]?.hyperparameters.tempo
            else { continue }
            let blocks = sinceLastStep.addingClamped(1)
            guard blocks >= UInt64(tempo) else {
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
    /// The 2022 priority is not modelled (it only ordered the transaction pool), and no uid is queued
    /// for pruning at the step: registration drops the bonds held in a uid when it replaces it, which is
    /// what `NeuronsToPruneAtNextEpoch` achieved at the next step.
    static func nakamotoStep(netuid: NetUID, emission: Rao, state: inout ChainState) -> Event {
        let block = state.blockNumber
        guard
            let input = state.subnets[netuid].map({
                stepInput(of: $0, block: block, emission: emission, staking: state.staking)
            })
        else {
            return .emission(.nakamotoStepFailed(netuid: netuid, block: block, reason: "no such network"))
        }
        let output: NakamotoStepOutput
        do {
            output = try NakamotoMechanism.step(input)
        } catch {
            return .emission(.nakamotoStepFailed(netuid: netuid, block: block, reason: "\(error)"))
        }
        // Out of the map while it changes, so its columns are written in place rather than copied.
        guard var subnet = state.subnets.removeValue(forKey: netuid) else {
            return .emission(.nakamotoStepFailed(netuid: netuid, block: block, reason: "no such network"))
        }
        for (uid, result) in output.neurons.enumerated() where uid < subnet.neurons.terms.count {
            subnet.neurons.terms[uid].active = result.active
            subnet.neurons.terms[uid].rank = result.rank
            subnet.neurons.terms[uid].trust = result.trust
            subnet.neurons.terms[uid].consensus = result.consensus
            subnet.neurons.terms[uid].incentive = result.incentive
            subnet.neurons.terms[uid].dividends = result.dividends
            subnet.neurons.terms[uid].emission = result.emission
        }
        subnet.neurons.bonds.assign(
            output.neurons.map {
                $0.bonds.map { BondEntry(uid: UID(truncatingIfNeeded: $0.uid), value: $0.amount) }
            })
        let hotkeys = subnet.neurons.hotkeys
        state.subnets[netuid] = subnet

        var paid: Rao = 0
        for (uid, result) in output.neurons.enumerated() where result.emission > 0 && uid < hotkeys.count {
            guard let owner = state.staking.owner[hotkeys[uid]] else { continue }
            state.staking.increaseStake(hotkey: hotkeys[uid], coldkey: owner, amount: result.emission)
            paid = paid.addingClamped(result.emission)
        }
        state.totalIssuance = state.totalIssuance.addingClamped(paid)
        return .emission(.nakamotoStepRan(netuid: netuid, block: block, emission: paid))
    }

    /// The step input of a 2022 network: stake from the hotkey totals, the stored u32 weights and u64 bonds.
    static func stepInput(of subnet: Subnet, block: BlockNumber, emission: Rao, staking: StakingState)
        -> NakamotoStepInput
    {
        let neurons = subnet.neurons
        let parameters = subnet.hyperparameters
        return NakamotoStepInput(
            neurons: neurons.hotkeys.indices.map { uid in
                NakamotoNeuronState(
                    stake: staking.stake(onHotkey: neurons.hotkeys[uid]),
                    lastUpdate: uid < neurons.lastUpdate.count ? neurons.lastUpdate[uid] : 0,
                    weights: uid < neurons.weights.count
                        ? neurons.weights[uid].map { NakamotoWeight(uid: UInt32($0.uid), weight: $0.value) }
                        : [],
                    bonds: uid < neurons.bonds.count
                        ? neurons.bonds[uid].map { NakamotoBond(uid: UInt32($0.uid), amount: $0.value) } : [])
            },
            block: block, emission: emission,
            hyperparameters: NakamotoHyperparameters(
                rho: UInt64(parameters.rho), kappa: UInt64(parameters.kappa),
                bondsMovingAverage: parameters.bondsMovingAverage,
                activityCutoff: UInt64(parameters.activityCutoff),
                selfOwnership: 2))
    }
}
