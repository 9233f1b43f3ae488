import Runtime

/// A block as the store keeps it: header fields, encoded header, extrinsics, events and state changes.
///
/// The store treats every encoding as opaque bytes; only the 32-byte hashes and the numbering are checked.
public struct StoredBlock: Sendable, Equatable {
    /// The block number; the genesis block is 0.
    public var number: UInt64
    /// The 32-byte block hash (Blake2b-256 of `encodedHeader`, computed by the caller).
    public var hash: [UInt8]
    /// The 32-byte hash of the parent block (all zeros for the genesis block by convention).
    public var parentHash: [UInt8]
    /// The 32-byte state root after the block.
    public var stateRoot: [UInt8]
    /// The 32-byte extrinsics root of the block.
    public var extrinsicsRoot: [UInt8]
    /// The block timestamp in milliseconds since the Unix epoch.
    public var timestamp: UInt64
    /// The encoded header, returned verbatim by header reads.
    public var encodedHeader: [UInt8]
    /// The extrinsics in block order; `extrinsics[i].index` must be `i`.
    public var extrinsics: [StoredExtrinsic]
    /// The events in emission order; `events[i].index` must be `i`.
    public var events: [StoredEvent]
    /// The state changes the block made, applied in order (a later change to the same key wins).
    public var stateChanges: [StateChange]
    /// The Network Roundup figures of the post-state, as JSON (`BlockStatsView`); empty when not recorded.
    public var stats: [UInt8]

    /// A block from its fields.
    public init(
        number: UInt64, hash: [UInt8], parentHash: [UInt8], stateRoot: [UInt8], extrinsicsRoot: [UInt8],
        timestamp: UInt64, encodedHeader: [UInt8], extrinsics: [StoredExtrinsic] = [],
        events: [StoredEvent] = [], stateChanges: [StateChange] = [], stats: [UInt8] = []
    ) {
        self.number = number
        self.hash = hash
        self.parentHash = parentHash
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.timestamp = timestamp
        self.encodedHeader = encodedHeader
        self.extrinsics = extrinsics
        self.events = events
        self.stateChanges = stateChanges
        self.stats = stats
    }
}
