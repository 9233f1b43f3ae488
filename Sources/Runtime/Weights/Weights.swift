import Consensus

/// The weights pallet: validators store the weights the next epoch reads.
///
/// Finney follows subtensor v3.3.0 `internal_set_weights` with commit-reveal off; Nakamoto follows
/// the 2022 `do_set_weights`.
enum Weights {
    /// Applies a weights call for `origin`, guard first.
    static func dispatch(_ call: WeightsCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError) -> [Event]
    {
        switch call {
        case .setWeights(let netuid, let uids, let values, let versionKey):
            switch state.era {
            case .finney:
                try setWeightsFinney(
                    hotkey: origin, netuid: netuid, uids: uids, values: values, versionKey: versionKey,
                    state: &state)
            case .nakamoto:
                try setWeightsNakamoto(
                    hotkey: origin, netuid: netuid, uids: uids, values: values, state: &state)
            }
        }
    }

    /// Finney `set_weights`: every check of `spec/chain.md` §6 in the chain's order, then the
    /// max-upscaled u16 row is stored and `LastUpdate` set.
    static func setWeightsFinney(
        hotkey: AccountID, netuid: NetUID, uids: [UID], values: [UInt32], versionKey: UInt64,
        state: inout ChainState
    ) throws(DispatchError) -> [Event] {
        let (uid, row) = try checkedRowFinney(
            hotkey: hotkey, netuid: netuid, uids: uids, values: values, versionKey: versionKey, state: state)
        store(row, uid: uid, netuid: netuid, state: &state)
        return [.weights(.weightsSet(netuid: netuid, uid: uid))]
    }

    /// The Finney checks, in the chain's order; returns the setter's uid and the row to store.
    static func checkedRowFinney(
        hotkey: AccountID, netuid: NetUID, uids: [UID], values: [UInt32], versionKey: UInt64,
        state: ChainState
    ) throws(DispatchError) -> (UID, [WeightEntry]) {
        guard values.allSatisfy({ $0 <= UInt32(UInt16.max) }) else { throw .weights(.weightValueExceedsU16) }
        guard netuid != rootNetUID else { throw .weights(.canNotSetRootNetworkWeights) }
        guard uids.count == values.count else { throw .weights(.weightVecNotEqualSize) }
        guard let subnet = state.subnets[netuid] else { throw .weights(.subnetDoesNotExist) }
        let neurons = subnet.neurons
        let parameters = subnet.hyperparameters
        guard uids.count <= neurons.count else { throw .weights(.uidsLengthExceedUidsInSubNet) }
        guard let uid = neurons.uidOfHotkey[hotkey] else { throw .weights(.hotKeyNotRegisteredInSubNet) }
        guard state.staking.stake(onHotkey: hotkey) >= state.staking.parameters.weightsMinStake else {
            throw .weights(.notEnoughStakeToSetWeights)
        }
        let networkKey = parameters.weightsVersionKey
        guard networkKey == 0 || versionKey >= networkKey else { throw .weights(.incorrectWeightVersionKey) }
        let index = Int(uid)
        let lastUpdate = neurons.lastUpdate[index]
        guard
            lastUpdate == 0 || state.blockNumber.subtractingClamped(lastUpdate) >= parameters.weightsRateLimit
        else { throw .weights(.settingWeightsTooFast) }
        let selfWeight = WeightRules.isSelfWeight(uid: uid, uids: uids)
        guard selfWeight || neurons.validatorPermit[index] else { throw .weights(.neuronNoValidatorPermit) }
        guard !WeightRules.hasDuplicates(uids) else { throw .weights(.duplicateUids) }
        guard uids.allSatisfy({ Int($0) < neurons.count }) else { throw .weights(.uidVecContainInvalidOne) }
        let minimum = min(Int(parameters.minAllowedWeights), neurons.count)
        guard selfWeight || values.count >= minimum else { throw .weights(.weightVecLengthIsLow) }
        let upscaled = EpochMath.maxUpscaleToU16(values.map { UInt16(truncatingIfNeeded: $0) })
        let limit = UInt16(clamping: parameters.maxWeightLimit)
        guard selfWeight || limit == .max || WeightRules.isMaxLimited(upscaled, limit: limit) else {
            throw .weights(.maxWeightExceeded)
        }
        return (uid, zip(uids, upscaled).map { WeightEntry(uid: $0, value: UInt32($1)) })
    }

    /// Writes a neuron's weight row and stamps its last update with the current block.
    static func store(_ row: [WeightEntry], uid: UID, netuid: NetUID, state: inout ChainState) {
        let index = Int(uid)
        let block = state.blockNumber
        state.subnets[netuid]?.neurons.setWeights(row, of: index)
        state.subnets[netuid]?.neurons.lastUpdate[index] = block
    }
}
