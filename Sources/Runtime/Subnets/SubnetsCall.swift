/// Calls of the subnets pallet.
public enum SubnetsCall: Sendable, Equatable {
    /// Creates a subnet owned by the signing coldkey, which locks the current network lock cost;
    /// `hotkey` becomes the subnet's first neuron and its owner hotkey (Finney only).
    case registerNetwork(hotkey: AccountID)
    /// Sets one hyperparameter of `netuid` (sudo key only).
    case sudoSetHyperparameter(netuid: NetUID, HyperparameterUpdate)
}

/// Events of the subnets pallet.
public enum SubnetsEvent: Sendable, Equatable {
    /// A subnet was created by `owner`, who locked `lockedRao`.
    case networkAdded(netuid: NetUID, owner: AccountID, lockedRao: Rao)
    /// A hyperparameter of `netuid` was set.
    case hyperparameterSet(netuid: NetUID, HyperparameterUpdate)
}

/// Why a subnets call failed.
public enum SubnetsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No subnet has this netuid.
    case subnetNotExists
    /// The call does not exist in this era (the 2022 network has exactly one network).
    case notAvailableInEra
    /// The hotkey is already owned by another coldkey.
    case nonAssociatedColdKey
    /// A network was registered less than `NetworkRateLimit` blocks ago.
    case networkTxRateLimitExceeded
    /// The coldkey's free balance is under the network lock cost.
    case notEnoughBalanceToPayLockCost
    /// Every netuid is taken.
    case subnetLimitReached
    /// `MaxAllowedUids` would fall under the number of registered uids.
    case maxAllowedUidsLessThanCurrentUids
    /// `MaxAllowedUids` would exceed the chain-wide limit of 4096.
    case maxAllowedUidsGreaterThanLimit
    /// `MaxAllowedValidators` would exceed `MaxAllowedUids`.
    case maxValidatorsLargerThanMaxUids
    /// `ActivityCutoff` is under the minimum of 360 blocks.
    case activityCutoffTooLow
    /// A burn bound is out of its range (min burn < 1 τ and < max burn; max burn > 0.1 τ and > min burn).
    case valueNotInBounds
    /// Liquid alpha is off, so its bounds cannot be set.
    case liquidAlphaDisabled
    /// The liquid alpha upper bound is under 1638 (≈ 0.025).
    case alphaHighTooLow
    /// The liquid alpha lower bound is under 1638 or above the upper bound.
    case alphaLowOutOfRange
    /// A percentage is above 100.
    case storageValueOutOfRange
    /// The value is outside the range the chain accepts for this hyperparameter.
    case invalidValue

    /// A one-line explanation with what to do next.
    public var description: String {
        switch self {
        case .subnetNotExists: "SubnetNotExists: no subnet has this netuid; list subnets and pick one"
        case .notAvailableInEra: "NotAvailableInEra: this call does not exist on the 2022 (Nakamoto) network"
        case .nonAssociatedColdKey:
            "NonAssociatedColdKey: the hotkey belongs to another coldkey; use a fresh hotkey"
        case .networkTxRateLimitExceeded:
            "NetworkTxRateLimitExceeded: a network was registered recently; wait and retry"
        case .notEnoughBalanceToPayLockCost:
            "NotEnoughBalanceToPayLockCost: fund the coldkey with the network lock cost"
        case .subnetLimitReached: "SubnetLimitReached: every netuid is taken"
        case .maxAllowedUidsLessThanCurrentUids:
            "MaxAllowedUidsLessThanCurrentUids: the subnet already holds more uids"
        case .maxAllowedUidsGreaterThanLimit: "MaxAllowedUidsGreaterThanLimit: at most 4096 uids per subnet"
        case .maxValidatorsLargerThanMaxUids: "MaxValidatorsLargerThanMaxUids: raise MaxAllowedUids first"
        case .activityCutoffTooLow: "ActivityCutoffTooLow: the activity cutoff must be at least 360 blocks"
        case .valueNotInBounds:
            "ValueNotInBounds: keep min burn < 1 τ, max burn > 0.1 τ and min burn < max burn"
        case .liquidAlphaDisabled: "LiquidAlphaDisabled: enable liquid alpha before setting its bounds"
        case .alphaHighTooLow: "AlphaHighTooLow: the upper bound must be at least 1638"
        case .alphaLowOutOfRange: "AlphaLowOutOfRange: the lower bound must be in 1638...alphaHigh"
        case .storageValueOutOfRange: "StorageValueOutOfRange: a percentage must be at most 100"
        case .invalidValue: "InvalidValue: the value is outside the accepted range"
        }
    }
}
