/// One block as the index keeps it: header fields, extrinsics and events.
public struct IndexedBlock: Sendable, Equatable {
    /// Block number.
    public var number: UInt64
    /// Block hash, `0x` hex.
    public var hash: String
    /// Parent hash, `0x` hex.
    public var parentHash: String
    /// Seal time, milliseconds since the Unix epoch.
    public var timestamp: UInt64
    /// Producing account, SS58.
    public var author: String
    /// Extrinsics in block order.
    public var extrinsics: [IndexedExtrinsic]
    /// Events in block order.
    public var events: [IndexedEvent]

    /// A block.
    public init(
        number: UInt64, hash: String, parentHash: String, timestamp: UInt64, author: String,
        extrinsics: [IndexedExtrinsic], events: [IndexedEvent]
    ) {
        self.number = number
        self.hash = hash
        self.parentHash = parentHash
        self.timestamp = timestamp
        self.author = author
        self.extrinsics = extrinsics
        self.events = events
    }
}

/// One extrinsic of an indexed block.
public struct IndexedExtrinsic: Sendable, Equatable {
    /// Blake2b-256 of its encoding, `0x` hex.
    public var hash: String
    /// Block that includes it.
    public var blockNumber: UInt64
    /// Position in the block.
    public var index: UInt32
    /// Signer, SS58.
    public var signer: String
    /// Signer's nonce.
    public var nonce: UInt64
    /// `pallet.call`.
    public var call: String
    /// Whether the call succeeded (a failed call still paid its fee).
    public var succeeded: Bool

    /// An extrinsic.
    public init(
        hash: String, blockNumber: UInt64, index: UInt32, signer: String, nonce: UInt64, call: String, succeeded: Bool
    ) {
        self.hash = hash
        self.blockNumber = blockNumber
        self.index = index
        self.signer = signer
        self.nonce = nonce
        self.call = call
        self.succeeded = succeeded
    }
}

/// One event of an indexed block.
public struct IndexedEvent: Sendable, Equatable {
    /// Block that emitted it.
    public var blockNumber: UInt64
    /// Position in the block's events.
    public var index: UInt32
    /// The extrinsic that emitted it (`nil`: block initialization).
    public var extrinsicIndex: UInt32?
    /// `pallet.EventName`.
    public var name: String
    /// The event's fields as a JSON text.
    public var fieldsJSON: String

    /// An event.
    public init(blockNumber: UInt64, index: UInt32, extrinsicIndex: UInt32?, name: String, fieldsJSON: String) {
        self.blockNumber = blockNumber
        self.index = index
        self.extrinsicIndex = extrinsicIndex
        self.name = name
        self.fieldsJSON = fieldsJSON
    }
}
