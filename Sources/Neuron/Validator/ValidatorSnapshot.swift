/// What a validator knows after a query round: one row per miner, for its live table.
public struct ValidatorSnapshot: Sendable, Equatable {
    /// One miner.
    public struct Row: Sendable, Equatable {
        /// Its uid.
        public var uid: UInt16
        /// Its hotkey.
        public var hotkey: String
        /// The last status code (200 on success, the dendrite's code otherwise).
        public var status: Int
        /// The last loss in nats.
        public var loss: Double
        /// Whether a listed phrase matched the continuation.
        public var hit: Bool
        /// The moving-average score.
        public var score: Double
        /// The weight last set on chain (u16), 0 when none.
        public var weight: UInt16
        /// The last round trip in milliseconds.
        public var milliseconds: Double
    }

    /// The chain's head when the round ended.
    public var block: UInt64
    /// The round number.
    public var round: Int
    /// The context length in tokens (`ValidatorSequenceLength`).
    public var sequenceLength: Int
    /// The miners, by uid.
    public var rows: [Row]
    /// The block of the last `set_weights`, `nil` before the first.
    public var lastWeightsBlock: UInt64?
    /// A note on the last weights call (set, refused, waiting for the rate limit).
    public var weightsNote: String
}
