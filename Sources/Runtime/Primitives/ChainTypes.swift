/// Amounts are integer rao: 1 τ = 10^9 rao.
public typealias Rao = UInt64
/// A block number.
public typealias BlockNumber = UInt64
/// A subnet identifier.
public typealias NetUID = UInt16
/// A neuron's slot in a subnet.
public typealias UID = UInt16

/// Which chain the runtime models: the 2022 single network or the 2023+ subnets.
public enum Era: String, Sendable, Codable, CaseIterable {
    /// The 2022 network: one network of up to 4096 uids, PoW registration, the Nakamoto step.
    case nakamoto
    /// The 2023+ network: subnets, PoW and burned registration, Yuma Consensus, delegation.
    case finney
}

/// Rao in one τ.
public let raoPerTao: Rao = 1_000_000_000
