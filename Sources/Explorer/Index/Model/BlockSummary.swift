/// A line of the blocks list.
public struct BlockSummary: Sendable, Equatable {
    /// Block number.
    public var number: UInt64
    /// Block hash.
    public var hash: String
    /// Parent hash.
    public var parentHash: String
    /// Seal time, ms since the Unix epoch.
    public var timestamp: UInt64
    /// Producing account, SS58.
    public var author: String
    /// Extrinsics in the block.
    public var extrinsicCount: Int
    /// Events in the block.
    public var eventCount: Int

    /// A summary.
    public init(
        number: UInt64, hash: String, parentHash: String, timestamp: UInt64, author: String, extrinsicCount: Int,
        eventCount: Int
    ) {
        self.number = number
        self.hash = hash
        self.parentHash = parentHash
        self.timestamp = timestamp
        self.author = author
        self.extrinsicCount = extrinsicCount
        self.eventCount = eventCount
    }
}
