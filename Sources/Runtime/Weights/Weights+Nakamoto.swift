extension Weights {
    /// Nakamoto `set_weights` (2022 `weights.rs`): registered, equal lengths, no duplicates, valid
    /// uids, at least `MinAllowedWeights` (a single self-weight is exempt), values normalized to sum
    /// u32::MAX and none above `MaxWeightLimit` (self-weight exempt). No stake, version, permit or
    /// rate checks.
    static func setWeightsNakamoto(
        hotkey: AccountID, netuid: NetUID, uids: [UID], values: [UInt32], state: inout ChainState
    ) throws(DispatchError) -> [Event] {
        let (uid, row) = try checkedRowNakamoto(
            hotkey: hotkey, netuid: netuid, uids: uids, values: values, state: state)
        store(row, uid: uid, netuid: netuid, state: &state)
        return [.weights(.weightsSet(netuid: netuid, uid: uid))]
    }

    /// The 2022 checks, in its order; returns the setter's uid and the normalized row to store.
    static func checkedRowNakamoto(
        hotkey: AccountID, netuid: NetUID, uids: [UID], values: [UInt32], state: ChainState
    ) throws(DispatchError) -> (UID, [WeightEntry]) {
        guard let subnet = state.subnets[netuid] else { throw .weights(.subnetDoesNotExist) }
        let neurons = subnet.neurons
        let parameters = subnet.hyperparameters
        guard let uid = neurons.uidOfHotkey[hotkey] else { throw .weights(.hotKeyNotRegisteredInSubNet) }
        guard uids.count == values.count else { throw .weights(.weightVecNotEqualSize) }
        guard !WeightRules.hasDuplicates(uids) else { throw .weights(.duplicateUids) }
        guard uids.allSatisfy({ Int($0) < neurons.count }) else { throw .weights(.uidVecContainInvalidOne) }
        let selfWeight = WeightRules.isSelfWeight(uid: uid, uids: uids)
        guard selfWeight || values.count >= Int(parameters.minAllowedWeights) else {
            throw .weights(.weightVecLengthIsLow)
        }
        let normalized = WeightRules.normalizeToU32Max(values)
        let limit = parameters.maxWeightLimit
        guard selfWeight || limit == .max || (normalized.max() ?? 0) <= limit else {
            throw .weights(.maxWeightExceeded)
        }

        return (uid, zip(uids, normalized).map { WeightEntry(uid: $0, value: $1) })
    }
}
