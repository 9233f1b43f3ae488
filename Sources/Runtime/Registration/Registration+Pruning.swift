/// `get_neuron_to_prune`: which neuron a registration on a full subnet replaces (`spec/chain.md` §4).
extension Registration {
    /// Finney (subtensor v3.3.0): skip the owner's immortal hotkeys; among neurons out of immunity
    /// take the lowest pruning score, ties to the earliest registration, then the lowest uid; if every
    /// neuron is immune, the same rule among the immune ones. `nil` when every neuron is immortal.
    ///
    /// Only hotkeys of the owner can be immortal, so the choice is first made over all neurons; the
    /// owner's hotkeys are gathered (a scan of the subnet) only if that choice is one of them.
    static func finneyNeuronToPrune(_ subnet: Subnet, state: ChainState) -> UID? {
        guard let chosen = lowestPruningScore(subnet, state: state, excluding: []) else { return nil }
        let hotkey = subnet.neurons.hotkeys[Int(chosen)]
        guard hotkey == subnet.ownerHotkey || state.staking.owner[hotkey] == subnet.owner else {
            return chosen
        }
        return lowestPruningScore(
            subnet, state: state, excluding: Set(immortalOwnerUids(subnet, state: state)))
    }

    /// `get_neuron_to_prune`'s scan over the uids not in `excluded`.
    static func lowestPruningScore(_ subnet: Subnet, state: ChainState, excluding excluded: Set<UID>) -> UID?
    {
        let neurons = subnet.neurons
        let immunity = UInt64(subnet.hyperparameters.immunityPeriod)
        var found = false, foundImmune = false
        var best: UID = 0, bestImmune: UID = 0
        var bestScore = UInt64.max, bestImmuneScore = UInt64.max
        var bestBlock = BlockNumber.max, bestImmuneBlock = BlockNumber.max
        for index in 0..<neurons.count {
            let uid = UID(truncatingIfNeeded: index)
            if !excluded.isEmpty, excluded.contains(uid) { continue }
            let score = neurons.terms[index].pruningScore
            let block = neurons.blockAtRegistration[index]
            if state.blockNumber.subtractingClamped(block) < immunity {
                if !foundImmune || score < bestImmuneScore
                    || (score == bestImmuneScore && block < bestImmuneBlock)
                {
                    (foundImmune, bestImmune, bestImmuneScore, bestImmuneBlock) = (true, uid, score, block)
                }
            } else if !found || score < bestScore || (score == bestScore && block < bestBlock) {
                (found, best, bestScore, bestBlock) = (true, uid, score, block)
            }
        }
        return found ? best : (foundImmune ? bestImmune : nil)
    }

    /// The uids the subnet owner keeps (`get_immune_owner_uids`): the owner coldkey's hotkeys on the
    /// subnet by registration block then uid, the owner hotkey first, at most `ImmuneOwnerUidsLimit`.
    static func immortalOwnerUids(_ subnet: Subnet, state: ChainState) -> [UID] {
        let neurons = subnet.neurons
        let limit = Int(subnet.hyperparameters.immuneOwnerUidsLimit)
        // The `limit` earliest-registered of the owner's hotkeys, kept in order while scanning (the limit
        // is small, so this is linear in the uids rather than a sort of all the owner's hotkeys).
        var owned: [(block: BlockNumber, uid: UID)] = []
        for (index, hotkey) in neurons.hotkeys.enumerated() where state.staking.owner[hotkey] == subnet.owner
        {
            let entry = (block: neurons.blockAtRegistration[index], uid: UID(truncatingIfNeeded: index))
            guard
                owned.count < limit
                    || (owned.last.map { (entry.block, entry.uid) < ($0.block, $0.uid) } ?? false)
            else {
                continue
            }
            let position = owned.firstIndex { (entry.block, entry.uid) < ($0.block, $0.uid) } ?? owned.count
            owned.insert(entry, at: position)
            if owned.count > limit { owned.removeLast() }
        }
        var uids = owned.map(\.uid)
        if let ownerHotkey = subnet.ownerHotkey, let ownerUid = neurons.uidOfHotkey[ownerHotkey],
            !uids.contains(ownerUid)
        {
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
        let totalStake = state.staking.totalStake
        var chosen: UID = 0
        var lowest = NakamotoScore.integer(UInt64.max)
        for uid in storageOrder(count: neurons.count) {
            let index = Int(uid)
            let stake = state.staking.stake(onHotkey: neurons.hotkeys[index])
            var score =
                stake >= parameters.stakePruningMin
                ? NakamotoScore.ratio(stake, totalStake)
                : NakamotoScore.ratio(neurons.terms[index].incentive, .max)
            let registered = neurons.blockAtRegistration[index]
            if state.blockNumber.subtractingClamped(registered) < UInt64(parameters.immunityPeriod) {
                score = NakamotoScore.adding(score, NakamotoScore.integer(registered.addingClamped(1)))
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
            for index in stride(from: low, to: count, by: 256) {
                order.append(UID(truncatingIfNeeded: index))
            }
        }
        return order
    }
}

/// The 2022 pruning score as raw I65F63 bits (value × 2^63), computed with native 128-bit integers.
///
/// `I65F63::from_num(a) / I65F63::from_num(b)` is `((a·2^63) << 63) / (b·2^63) = (a << 63) / b`,
/// floored, and 0 when `b` is 0 (the chain scores 0 when there is no stake at all); every score here
/// is non-negative, so the signed type's range is `0 ..< 2^127`.
enum NakamotoScore {
    /// The largest I65F63 value.
    static let max = UInt128(Int128.max)

    /// `from_num(value)`.
    static func integer(_ value: UInt64) -> UInt128 { UInt128(value) << 63 }

    /// `from_num(numerator) / from_num(denominator)`.
    static func ratio(_ numerator: UInt64, _ denominator: UInt64) -> UInt128 {
        denominator == 0 ? 0 : Swift.min((UInt128(numerator) << 63) / UInt128(denominator), max)
    }

    /// `a + b`, saturating at the largest I65F63 value.
    static func adding(_ a: UInt128, _ b: UInt128) -> UInt128 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? max : Swift.min(sum, max)
    }
}
