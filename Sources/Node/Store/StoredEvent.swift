/// An event emitted while a block was executed.
public struct StoredEvent: Sendable, Equatable {
    /// The position of the event in its block, from 0.
    public var index: UInt32
    /// The index of the extrinsic that emitted it, or `nil` for block initialization and finalization.
    public var extrinsicIndex: UInt32?
    /// The pallet and event name, for example `balances.Transferred`.
    public var name: String
    /// The encoded event, returned verbatim.
    public var encoded: [UInt8]

    /// An event record from its fields.
    public init(index: UInt32, extrinsicIndex: UInt32?, name: String, encoded: [UInt8]) {
        self.index = index
        self.extrinsicIndex = extrinsicIndex
        self.name = name
        self.encoded = encoded
    }
}

/// An event found by name, with the number of the block that emitted it.
public struct LocatedEvent: Sendable, Equatable {
    /// The number of the block that emitted the event.
    public var blockNumber: UInt64
    /// The event record (its `index` is its position in that block).
    public var event: StoredEvent

    /// A located event from its block number and record.
    public init(blockNumber: UInt64, event: StoredEvent) {
        self.blockNumber = blockNumber
        self.event = event
    }
}
