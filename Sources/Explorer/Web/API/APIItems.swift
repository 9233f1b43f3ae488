/// A block in `/api/blocks`.
struct BlockItem: Encodable, Sendable {
    var blockNumber: UInt64
    var hash: String
    var parentHash: String
    var timestamp: String
    var author: String
    var extrinsicCount: Int
    var eventCount: Int

    init(_ b: BlockSummary) {
        blockNumber = b.number
        hash = b.hash
        parentHash = b.parentHash
        timestamp = Format.date(b.timestamp)
        author = b.author
        extrinsicCount = b.extrinsicCount
        eventCount = b.eventCount
    }
}

/// A point in `/api/series`; the value is a string so rao amounts keep every digit.
struct SeriesItem: Encodable, Sendable {
    var blockNumber: UInt64
    var metric: String
    var netuid: UInt16?
    var value: String
}

/// The single item of `/api/status`.
struct StatusItem: Encodable, Sendable {
    var chain: String?
    var genesisHash: String?
    var lastIndexedBlock: UInt64?
    var nodeHead: UInt64?
    var lag: UInt64?
    var updatedAt: String?

    private enum Keys: String, CodingKey {
        case chain, genesisHash = "genesis_hash", lastIndexedBlock = "last_indexed_block", nodeHead = "node_head"
        case lag, updatedAt = "updated_at"
    }

    /// Encodes every field, `null` when unknown.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(chain, forKey: .chain)
        try c.encode(genesisHash, forKey: .genesisHash)
        try c.encode(lastIndexedBlock, forKey: .lastIndexedBlock)
        try c.encode(nodeHead, forKey: .nodeHead)
        try c.encode(lag, forKey: .lag)
        try c.encode(updatedAt, forKey: .updatedAt)
    }
}
