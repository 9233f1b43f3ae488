/// `sudo_set_<hyperparameter>`: the sudo key sets one hyperparameter of an existing subnet, within the
/// ranges subtensor v3.3.0 (`admin-utils`) and the 2022 chain enforce. Hyperparameters the chain sets
/// without a check (tempo, kappa, difficulty, immunity period, …) are set as given.
extension Subnets {
    /// The most uids a subnet may hold (`DefaultMaxAllowedUids`).
    static let maxUidsLimit: UInt16 = 4_096
    /// The smallest activity cutoff (`MinActivityCutoff`), Finney.
    static let minActivityCutoff: UInt16 = 360
    /// Min burn must stay under this (`MinBurnUpperBound`, 1 τ).
    static let minBurnUpperBound: Rao = raoPerTao
    /// Max burn must stay above this (`MaxBurnLowerBound`, 0.1 τ).
    static let maxBurnLowerBound: Rao = raoPerTao / 10
    /// Smallest liquid alpha bound: u16::MAX / 40.
    static let minAlpha: UInt16 = UInt16(UInt32(UInt16.max) / 40)

    /// Checks `update` against `subnet` and, if it passes, writes it.
    static func setHyperparameter(
        _ update: HyperparameterUpdate, netuid: NetUID, origin: AccountID, state: inout ChainState
    ) throws(DispatchError) -> [Event] {
        guard state.sudoKey == origin else { throw .sudo(.requireSudo) }
        guard let subnet = state.subnets[netuid] else { throw .subnets(.subnetNotExists) }
        try check(update, on: subnet, era: state.era)

        update.apply(to: &state.subnets[netuid, default: subnet].hyperparameters)
        return [.subnets(.hyperparameterSet(netuid: netuid, update))]
    }

    /// The range checks of the chain for `update` on `subnet`.
    static func check(_ update: HyperparameterUpdate, on subnet: Subnet, era: Era) throws(DispatchError) {
        let parameters = subnet.hyperparameters
        switch update {
        case .maxAllowedUids(let value):
            // Both eras: a subnet never holds more uids than its limit.
            guard subnet.neurons.count <= Int(value) else {
                throw .subnets(.maxAllowedUidsLessThanCurrentUids)
            }
            guard value <= maxUidsLimit else { throw .subnets(.maxAllowedUidsGreaterThanLimit) }
        case .maxAllowedValidators(let value):
            guard value <= parameters.maxAllowedUids else { throw .subnets(.maxValidatorsLargerThanMaxUids) }
        case .activityCutoff(let value):
            guard era == .nakamoto || value >= minActivityCutoff else {
                throw .subnets(.activityCutoffTooLow)
            }
        case .minBurn(let value):
            guard value < minBurnUpperBound, value < parameters.maxBurn else {
                throw .subnets(.valueNotInBounds)
            }
        case .maxBurn(let value):
            guard value > maxBurnLowerBound, value > parameters.minBurn else {
                throw .subnets(.valueNotInBounds)
            }
        case .alphaValues(let low, let high):
            guard parameters.liquidAlphaEnabled else { throw .subnets(.liquidAlphaDisabled) }
            guard high >= minAlpha else { throw .subnets(.alphaHighTooLow) }
            guard low >= minAlpha, low <= high else { throw .subnets(.alphaLowOutOfRange) }
        case .validatorExcludeQuantile(let value):
            guard value <= 100 else { throw .subnets(.storageValueOutOfRange) }
        case .immuneOwnerUidsLimit(let value):
            guard (1...10).contains(value) else { throw .subnets(.invalidValue) }
        default:
            break
        }
    }
}
