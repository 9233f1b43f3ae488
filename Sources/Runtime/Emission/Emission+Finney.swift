import Consensus
import FixedPoint

// Pending emission, the epoch scheduler and the payout of loaded emission
// (subtensor v1.0.0 `block_step.rs::generate_emission` and `drain_emission`).

extension Emission {
    /// `drain_emission`: pays every subnet's loaded emission into stake through the delegate logic
    /// (`Staking.distribute`), in netuid order; `totalIssuance` grows by exactly what was paid.
    static func drainEmission(state: inout ChainState) -> [Event] {
        var events: [Event] = []
        for netuid in state.emission.loaded.keys.sorted() {
            let tuples = state.emission.loaded[netuid] ?? []
            state.emission.loaded[netuid] = nil
            var paid: Rao = 0
            for tuple in tuples {
                paid = paid.addingClamped(
                    Staking.distribute(
                        hotkey: tuple.hotkey, serverEmission: tuple.server,
                        validatorEmission: tuple.validator,
                        state: &state))
            }
            events.append(.emission(.emissionPaid(netuid: netuid, amount: paid)))
        }
        return events
    }

    /// `generate_emission`: owner cut and pending emission for every subnet, then the epochs that are due.
    static func generateEmission(state: inout ChainState) -> [Event] {
        var events: [Event] = []
        let block = state.blockNumber
        for netuid in state.subnets.keys.sorted() {
            // Scalars only: a copy of the subnet held here would make the epoch copy its columns.
            guard let owner = state.subnets[netuid]?.owner,
                let value = state.subnets[netuid]?.emissionPerBlock,
                let tempo = state.subnets[netuid]?.hyperparameters.tempo
            else { continue }
            let (cut, queued) = ownerCut(of: value, cut: state.emission.subnetOwnerCut)
            if cut > 0 { Balances.mint(cut, to: owner, state: &state) }
            if let pending = state.subnets[netuid]?.pendingEmission {
                state.subnets[netuid]?.pendingEmission = pending.addingClamped(queued)
            }
            guard EpochSchedule.shouldRunEpoch(netuid: netuid, tempo: tempo, block: block) else {
                if let blocks = state.subnets[netuid]?.blocksSinceLastStep {
                    state.subnets[netuid]?.blocksSinceLastStep = blocks.addingClamped(1)
                }
                continue
            }
            events.append(runEpoch(netuid: netuid, state: &state))
        }
        return events
    }

    /// Splits one block's emission value into the owner cut and what is queued, as v1.x does in I96F32:
    /// `cut = value × SubnetOwnerCut / 65535`, paid as `floor(cut)`; queued `floor(value − cut)`.
    static func ownerCut(of value: Rao, cut: UInt16) -> (cut: Rao, queued: Rao) {
        let remaining = I96F32(saturating: value)
        let cutFixed = remaining.saturatingMul(I96F32(saturating: cut)).saturatingDiv(
            I96F32(saturating: UInt16.max))
        return (cutFixed.saturatingToUInt64(), remaining.saturatingSub(cutFixed).saturatingToUInt64())
    }

    /// Runs `netuid`'s epoch over its pending emission, writes the results back and loads the payout for
    /// the next block. If the stored state cannot form an epoch input, nothing changes but the event.
    static func runEpoch(netuid: NetUID, state: inout ChainState) -> Event {
        let block = state.blockNumber
        guard
            let input = state.subnets[netuid].flatMap({
                epochInput(for: $0, block: block, staking: state.staking)
            }),
            let parameters = state.subnets[netuid]?.hyperparameters,
            let output = try? YumaEpoch.run(input, mechanism: bondsMechanism(parameters)),
            // Out of the map while it changes, so its columns are written in place rather than copied.
            var subnet = state.subnets.removeValue(forKey: netuid)
        else { return .emission(.epochSkipped(netuid: netuid, block: block)) }

        let drained = subnet.pendingEmission
        let tuples = subnet.neurons.hotkeys.indices.map {
            LoadedEmission(
                hotkey: subnet.neurons.hotkeys[$0], server: output.serverEmission[$0],
                validator: output.validatorEmission[$0])
        }
        subnet.pendingEmission = 0
        write(output, to: &subnet.neurons)
        // The chain's safety check: an epoch that would pay more than was pending pays nothing.
        let owed = tuples.reduce(UInt128(0)) { $0 + UInt128($1.server) + UInt128($1.validator) }
        if owed <= UInt128(drained) {
            // An epoch of an empty subnet owes nothing: its pending emission is never minted.
            if !tuples.isEmpty {
                state.emission.loaded[netuid, default: []].insert(contentsOf: tuples, at: 0)
            }
            subnet.blocksSinceLastStep = 0
        }
        state.subnets[netuid] = subnet
        return .emission(.epochRan(netuid: netuid, block: block, emission: drained))
    }
}
