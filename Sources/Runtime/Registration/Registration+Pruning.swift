import FixedPoint

/// `get_neuron_to_prune`: which neuron a registration on a full subnet replaces (`spec/chain.md` §4).
extension Registration {
    /// Finney (subtensor v3.3.0): skip the owner's immortal hotkeys; among neurons out of immunity
    /// take the lowest pruning score, ties to the earliest registration, then the lowest uid; if every
    /// neuron is immune, the same rule among the immune ones. `nil` when every neuron is immortal.
    static func finneyNeuronToPrune(_ subnet: Subnet, state: ChainState) -> UID? {
        let neurons = subnet.neurons
        let immortal = Set(immortalOwnerUids(subnet, state: state))
        let immunity = UInt64(subnet.hyperparameters.immunityPeriod)
        var best: (score: UInt64, block: BlockNumber, uid: UID)?
        var bestImmune: (score: UInt64, block: BlockNumber, uid: UID)?
        for index in 0..<neurons.count {
            let uid = UID(truncatingIfNeeded: index)
            if immortal.contains(uid) { continue }
            let score = neurons.terms[index].pruningScore
            let block = neurons.blockAtRegistration[index]
            let immune = state.blockNumber.subtractingClamped(block) < immunity
            let candidate = (score: score, block: block, uid: uid)
            if immune {
                if bestImmune.map({ score < $0.score || (score == $0.score && block < $0.block) }) ?? true {
                    bestImmune = candidate
                }
            } else if best.map({ score < $0.score || (score == $0.score && block < $0.block) }) ?? true {
                best = candidate
            }
        }
        return (best ?? bestImmune)?.uid
    }

    /// The uids the subnet owner keeps (`get_immune_owner_uids`): the owner coldkey's hotkeys on the
    /// subnet by registration block then uid, the owner hotkey first, at most `ImmuneOwnerUidsLimit`.
    static func immortalOwnerUids(_ subnet: Subnet, state: ChainState) -> [UID] {
        let neurons = subnet.neurons
        let limit = Int(subnet.hyperparameters.immuneOwnerUidsLimit)
        var owned: [(block: BlockNumber, uid: UID)] = []
        for (index, hotkey) in neurons.hotkeys.enumerated() where state.staking.owner[hotkey] == subnet.owner {
            owned.append((neurons.blockAtRegistration[index], UID(truncatingIfNeeded: index)))
        }
        owned.sort { ($0.block, $0.uid) < ($1.block, $1.uid) }
        var uids = owned.prefix(limit).map(\.uid)
        if let ownerHotkey = subnet.ownerHotkey, let ownerUid = neurons.uidOfHotkey[ownerHotkey], !uids.contains(ownerUid) {
            uids.insert(ownerUid, at: 0)
            uids = Array(uids.prefix(limit))
        }
        return uids
    }

    /// Nakamoto (2022 chain): score = stake / total stake if stake ≥ `StakePruningMin`, else
    /// incentive / u64::MAX, in I65F63; an immune neuron adds `block_at_registration + 1`. The first
    /// strictly lowest score wins, visiting uids in the chain's storage order (keys compared as
    /// little-endian bytes, which is numeric order below 256).
    static func nakamotoNeuronToPrune(_ subnet: Subnet, state: ChainState) -> UID? {
        let neurons = subnet.neurons
        guard neurons.count > 0 else { return nil }
        let parameters = subnet.hyperparameters
        let totalStake = I65F63(saturating: state.staking.totalStake)
        let maxIncentive = I65F63(saturating: UInt64.max)
        var chosen: UID = 0
        var lowest = I65F63(saturating: UInt64.max)
        for uid in storageOrder(count: neurons.count) {
            let index = Int(uid)
            let stake = state.staking.stake(onHotkey: neurons.hotkeys[index])
            var score: I65F63
            if stake >= parameters.stakePruningMin {
                score = state.staking.totalStake > 0 ? I65F63(saturating: stake).saturatingDiv(totalStake) : .zero
            } else {
                score = I65F63(saturating: neurons.terms[index].incentive).saturatingDiv(maxIncentive)
            }
            let registered = neurons.blockAtRegistration[index]
            if state.blockNumber.subtractingClamped(registered) < parameters.immunityPeriodForNakamoto {
                score = score.saturatingAdd(I65F63(saturating: registered.addingClamped(1)))
            }
            if score < lowest {
                chosen = uid
                lowest = score
            }
        }
        return chosen
    }

    /// Uids `0..<count` in the order an `Identity`-hashed `u32` storage map iterates them: by low byte,
    /// then by high byte.
    static func storageOrder(count: Int) -> [UID] {
        var order: [UID] = []
        order.reserveCapacity(count)
        for low in 0..<Swift.min(count, 256) {
            for index in stride(from: low, to: count, by: 256) { order.append(UID(truncatingIfNeeded: index)) }
        }
        return order
    }
}

extension SubnetHyperparameters {
    /// The immunity period as the 2022 chain compared it (u64).
    fileprivate var immunityPeriodForNakamoto: UInt64 { UInt64(immunityPeriod) }
}
