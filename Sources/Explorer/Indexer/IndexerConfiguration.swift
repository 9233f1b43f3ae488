/// How the indexer follows a node.
public struct IndexerConfiguration: Sendable {
    /// The node's WebSocket endpoint, e.g. `ws://127.0.0.1:9944`.
    public var webSocketURL: String
    /// Blocks written per transaction while catching up.
    public var batchSize: Int
    /// `yuma_blockRange` calls in flight while catching up.
    public var concurrentFetches: Int
    /// Blocks asked for in one `yuma_blockRange` call (at most 256).
    public var blocksPerCall: Int
    /// The first wait before reconnecting to a node that went away.
    public var initialBackoff: Duration
    /// The longest wait between reconnection attempts.
    public var maximumBackoff: Duration
    /// Called with each step the indexer takes (connected, indexed, sampled, reconnecting).
    public var onEvent: @Sendable (IndexerEvent) -> Void

    /// A configuration.
    public init(
        webSocketURL: String, batchSize: Int = 512, concurrentFetches: Int = 4, blocksPerCall: Int = 64,
        initialBackoff: Duration = .milliseconds(500), maximumBackoff: Duration = .seconds(30),
        onEvent: @escaping @Sendable (IndexerEvent) -> Void = { _ in }
    ) {
        self.webSocketURL = webSocketURL
        self.batchSize = max(1, batchSize)
        self.concurrentFetches = max(1, concurrentFetches)
        self.blocksPerCall = min(256, max(1, blocksPerCall))
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.onEvent = onEvent
    }
}

/// A step of the indexer, for logs, progress and tests.
public enum IndexerEvent: Sendable, Equatable {
    /// Connected to the node; the index continues after `lastIndexed` (`nil`: from genesis).
    case connected(lastIndexed: UInt64?, nodeHead: UInt64)
    /// Blocks up to `block` are stored.
    case indexed(upTo: UInt64)
    /// A Roundup sample was stored at `block`.
    case sampled(block: UInt64)
    /// The connection failed; the next attempt comes after `delay`.
    case reconnecting(after: Duration, reason: String)
    /// The indexer stopped for good.
    case stopped(reason: String)
}
