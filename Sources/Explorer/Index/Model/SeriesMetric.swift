/// A series the indexer records at every sampled block (`/api/series?metric=…`).
public enum SeriesMetric: String, Sendable, CaseIterable, Codable {
    /// Registered UIDs of a subnet.
    case neurons
    /// `MaxAllowedUids` of a subnet.
    case uidLimit = "uid_limit"
    /// PoW registration difficulty of a subnet.
    case difficulty
    /// Burned-registration cost of a subnet, rao.
    case burn
    /// Stake on a subnet's hotkeys, rao.
    case stake
    /// `ValidatorSequenceLength` of a subnet.
    case sequenceLength = "sequence_length"
    /// Emission per block to a subnet, rao.
    case emission
    /// All rao in existence (chain-wide).
    case totalIssuance = "total_issuance"
    /// All staked rao (chain-wide).
    case totalStake = "total_stake"
    /// Emission per block over all subnets, rao (chain-wide).
    case totalEmission = "total_emission"

    /// Whether the series belongs to one subnet (and so needs a `netuid`).
    public var isPerSubnet: Bool {
        switch self {
        case .totalIssuance, .totalStake, .totalEmission: false
        default: true
        }
    }

    /// Whether values are rao amounts.
    public var isRao: Bool {
        switch self {
        case .burn, .stake, .emission, .totalIssuance, .totalStake, .totalEmission: true
        default: false
        }
    }

    /// A short human title.
    public var title: String {
        switch self {
        case .neurons: "Registered peers"
        case .uidLimit: "UID limit"
        case .difficulty: "Registration difficulty"
        case .burn: "Registration burn"
        case .stake: "Subnet stake"
        case .sequenceLength: "Validator sequence length"
        case .emission: "Subnet emission per block"
        case .totalIssuance: "Total issuance"
        case .totalStake: "Total stake"
        case .totalEmission: "Emission per block"
        }
    }
}

/// One point of a series.
public struct SeriesPoint: Sendable, Equatable {
    /// The block the value is at.
    public var block: UInt64
    /// The value (rao for amounts).
    public var value: UInt64

    /// A point.
    public init(block: UInt64, value: UInt64) {
        self.block = block
        self.value = value
    }
}
