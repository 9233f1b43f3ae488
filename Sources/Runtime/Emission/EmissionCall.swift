/// Calls of the emission pallet; all of them need the sudo key.
public enum EmissionCall: Sendable, Equatable {
    /// Fixes every subnet's emission value, rao per block (`sudo_set_emission_values` of subtensor v0.0.1):
    /// every subnet listed once, the sum at most the current block emission.
    case setEmissionValues(netuids: [NetUID], values: [Rao])
    /// Returns to the default: the block emission split equally across subnets every block.
    case resetEmissionValues
    /// Sets `SubnetOwnerCut`, a u16 proportion of each subnet's emission (`sudo_set_subnet_owner_cut`).
    case setSubnetOwnerCut(UInt16)
}

/// Why an emission call failed.
public enum EmissionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The netuid and value lists differ in length, or do not name every subnet exactly once.
    case emissionValuesDoNotMatchNetworks
    /// The values add up to more than the block emission at the current issuance.
    case emissionValuesExceedBlockEmission(sum: Rao, blockEmission: Rao)

    /// What went wrong and what to do instead.
    public var description: String {
        switch self {
        case .emissionValuesDoNotMatchNetworks:
            "EmissionValuesDoNotMatchNetworks: list every subnet exactly once, with one value each"
        case .emissionValuesExceedBlockEmission(let sum, let blockEmission):
            "EmissionValuesExceedBlockEmission: the values sum to \(sum) rao, more than the block emission \(blockEmission) rao"
        }
    }
}
