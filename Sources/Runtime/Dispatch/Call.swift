/// Everything an extrinsic can ask the chain to do, grouped by pallet.
public enum Call: Sendable, Equatable {
    /// Balances: transfers.
    case balances(BalancesCall)
    /// Sudo: calls only the sudo key may make.
    case sudo(SudoCall)
    /// Subnets: creation and hyperparameters.
    case subnets(SubnetsCall)
    /// Registration: PoW and burned registration.
    case registration(RegistrationCall)
    /// Staking: stake and delegation.
    case staking(StakingCall)
    /// Weights: `set_weights`.
    case weights(WeightsCall)
    /// Serving: axon and Prometheus endpoints.
    case serving(ServingCall)
    /// Emission: sudo emission values and owner cut.
    case emission(EmissionCall)
}

/// What happened while applying a block, in order.
public enum Event: Sendable, Equatable {
    /// From the balances pallet.
    case balances(BalancesEvent)
    /// From the sudo pallet.
    case sudo(SudoEvent)
    /// From the subnets pallet.
    case subnets(SubnetsEvent)
    /// From the registration pallet.
    case registration(RegistrationEvent)
    /// From the staking pallet.
    case staking(StakingEvent)
    /// From the weights pallet.
    case weights(WeightsEvent)
    /// From the serving pallet.
    case serving(ServingEvent)
    /// From the emission pallet.
    case emission(EmissionEvent)
    /// An extrinsic's call succeeded.
    case extrinsicSucceeded(signer: AccountID, nonce: UInt64)
    /// An extrinsic's call failed; only its fee and nonce were applied.
    case extrinsicFailed(signer: AccountID, nonce: UInt64, error: DispatchError)
}
