/// The figures of a Roundup period, as the summary and `--json-output` show them. Amounts are rao.
public struct RoundupFigures: Sendable, Equatable, Codable {
    /// A parameter change: at `block` the value went from `from` to `to`.
    public struct Change: Sendable, Equatable, Codable {
        /// The first sampled block with the new value.
        public var block: UInt64
        /// The value before.
        public var from: UInt64
        /// The value after.
        public var to: UInt64

        /// A change.
        public init(block: UInt64, from: UInt64, to: UInt64) {
            self.block = block
            self.from = from
            self.to = to
        }
    }

    /// Where the registration count comes from.
    public enum RegistrationSource: String, Sendable, Equatable, Codable {
        /// `NeuronRegistered` events of the indexed blocks.
        case events
        /// The increase in registered UIDs (blocks without events in the index; registrations that
        /// replace pruned UIDs are not counted).
        case uidIncrease = "uid_increase"
    }

    /// The chain's name, when the index is bound to one.
    public var chain: String?
    /// The subnet of the per-subnet figures (`nil` when the chain has none).
    public var netuid: UInt16?
    /// First block of the period.
    public var fromBlock: UInt64
    /// Last block of the period.
    public var toBlock: UInt64
    /// Length of the period in days of 7200 blocks.
    public var days: Double
    /// Chain samples in the period (with the one in force at its first block).
    public var samples: Int
    /// Registered UIDs at the start and end, and the smallest and largest in between.
    public var peersStart: UInt64, peersEnd: UInt64, peersMin: UInt64, peersMax: UInt64
    /// The UID limit at the start and end, and its changes.
    public var uidLimitStart: UInt64, uidLimitEnd: UInt64
    /// Changes of the UID limit.
    public var uidLimitChanges: [Change]
    /// Difficulty at the start and end, and the smallest and largest in between.
    public var difficultyStart: UInt64, difficultyEnd: UInt64, difficultyMin: UInt64, difficultyMax: UInt64
    /// Total stake at the start and end, rao.
    public var stakeStart: UInt64, stakeEnd: UInt64
    /// `stakeEnd − stakeStart`, rao.
    public var stakeGrowth: Int64
    /// The growth relative to the start, percent (`nil` when the start is zero).
    public var stakeGrowthPercent: Double?
    /// Validator sequence length at the start and end.
    public var sequenceLengthStart: UInt64, sequenceLengthEnd: UInt64
    /// Changes of the sequence length.
    public var sequenceLengthChanges: [Change]
    /// Registrations in the period.
    public var registrations: UInt64
    /// What ``registrations`` counts.
    public var registrationSource: RegistrationSource
    /// Total issuance at the start and end, rao.
    public var issuanceStart: UInt64, issuanceEnd: UInt64
    /// Rao emitted in the period: the issuance difference.
    public var emission: UInt64
}
