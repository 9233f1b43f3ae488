/// Calls of the weights pallet; the signer is the hotkey.
public enum WeightsCall: Sendable, Equatable {
    /// Sets the signer's weights on `netuid`: `values[i]` on `uids[i]`. Finney values are u16 (larger
    /// ones are refused) and need `versionKey ≥ WeightsVersionKey`; Nakamoto values are u32 and the
    /// version key is ignored.
    case setWeights(netuid: NetUID, uids: [UID], values: [UInt32], versionKey: UInt64)
}

/// Events of the weights pallet.
public enum WeightsEvent: Sendable, Equatable {
    /// A neuron's weights were stored.
    case weightsSet(netuid: NetUID, uid: UID)
}

/// Why a weights call failed.
public enum WeightsError: Error, Sendable, Equatable {
    /// A Finney weight value does not fit in u16; scale the weights to 0...65_535.
    case weightValueExceedsU16
    /// Weights cannot be set on the root network (netuid 0).
    case canNotSetRootNetworkWeights
    /// `uids` and `values` differ in length.
    case weightVecNotEqualSize
    /// The subnet does not exist.
    case subnetDoesNotExist
    /// More uids than the subnet has neurons.
    case uidsLengthExceedUidsInSubNet
    /// The signing hotkey holds no uid on the subnet; register it first.
    case hotKeyNotRegisteredInSubNet
    /// The hotkey's stake is under the weights minimum stake.
    case notEnoughStakeToSetWeights
    /// The version key is older than the subnet's `WeightsVersionKey`; upgrade the validator.
    case incorrectWeightVersionKey
    /// Fewer than `WeightsSetRateLimit` blocks since the neuron last set weights.
    case settingWeightsTooFast
    /// The neuron has no validator permit (only a single self-weight is allowed without one).
    case neuronNoValidatorPermit
    /// A uid appears twice.
    case duplicateUids
    /// A uid does not exist on the subnet.
    case uidVecContainInvalidOne
    /// Fewer weights than `min(MinAllowedWeights, n)` (Nakamoto: `MinAllowedWeights`).
    case weightVecLengthIsLow
    /// The largest normalized weight exceeds `MaxWeightLimit`.
    case maxWeightExceeded
}

/// The netuid of the Finney root network, on which `set_weights` is refused.
public let rootNetUID: NetUID = 0
