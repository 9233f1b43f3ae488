/// Where a new neuron goes: the next uid while the subnet has room, else the uid of the neuron to
/// prune (`register_neuron`, `spec/chain.md` §4).
enum Placement: Equatable {
    /// Append at uid `n`.
    case append
    /// Replace the neuron at this uid.
    case replace(UID)
}

extension Registration {
    /// Chooses the uid for a new neuron, without changing anything.
    static func placement(on subnet: Subnet, state: ChainState) throws(DispatchError) -> Placement {
        let maxUids = Int(subnet.hyperparameters.maxAllowedUids)
        guard maxUids != 0 else { throw .registration(.noNeuronIdAvailable) }
        if subnet.neurons.count < maxUids { return .append }
        let chosen: UID? =
            switch state.era {
            case .finney: finneyNeuronToPrune(subnet, state: state)
            case .nakamoto: nakamotoNeuronToPrune(subnet, state: state)
            }
        guard let chosen else { throw .registration(.noNeuronIdAvailable) }
        return .replace(chosen)
    }

    /// Gives `hotkey` its uid, pairs it with `coldkey`, counts the registration and emits
    /// `NeuronRegistered`. Every check has passed.
    static func admit(
        hotkey: AccountID, coldkey: AccountID, netuid: NetUID, at placement: Placement,
        state: inout ChainState
    )
        -> [Event]
    {
        let block = state.blockNumber
        // Finney creates the pair on first use; the 2022 chain kept the coldkey on the neuron.
        if state.era == .nakamoto || state.staking.owner[hotkey] == nil {
            state.staking.owner[hotkey] = coldkey
        }
        // Taken out of the map while it changes, so its columns are mutated in place, not copied.
        guard var subnet = state.subnets.removeValue(forKey: netuid) else { return [] }
        let uid: UID
        var replaced: AccountID?
        switch placement {
        case .append:
            uid = subnet.neurons.append(hotkey: hotkey, at: block)
            if state.era == .nakamoto {
                subnet.neurons.weights[Int(uid)] = [WeightEntry(uid: uid, value: .max)]
            }
        case .replace(let pruned):
            uid = pruned
            replaced = subnet.neurons.hotkeys[Int(uid)]
            switch state.era {
            case .finney:
                subnet.neurons.terms[Int(uid)].pruningScore = UInt64(UInt16.max)
                subnet.neurons.replace(uid: uid, with: hotkey, at: block)
            case .nakamoto:
                subnet.neurons.replaceNakamoto(uid: uid, with: hotkey, at: block)
            }
        }
        subnet.registrationsThisBlock.saturatingIncrement()
        subnet.registrationsThisInterval.saturatingIncrement()
        state.subnets[netuid] = subnet

        var events: [Event] = []
        if let replaced, !state.subnets.values.contains(where: { $0.neurons.uidOfHotkey[replaced] != nil }) {
            events += refundStake(of: replaced, state: &state)
        }
        events.append(.registration(.neuronRegistered(netuid: netuid, uid: uid, hotkey: hotkey)))
        return events
    }
}
