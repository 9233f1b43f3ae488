/// Where the RPC server listens and the limits it enforces.
public struct RPCServerConfiguration: Sendable {
    /// The address to bind, e.g. `127.0.0.1` (local only) or `0.0.0.0` (all interfaces).
    public var host: String
    /// The port to bind; `0` lets the system pick one (see ``RPCServer/listeningPort()``).
    public var port: Int
    /// The largest HTTP body or WebSocket message accepted, in bytes; larger ones get -32007.
    public var maxRequestBodySize: Int
    /// The most requests one batch may hold; larger batches get -32010.
    public var maxBatchSize: Int
    /// The most subscriptions one WebSocket connection may hold; more get -32006.
    public var maxSubscriptionsPerConnection: Int
    /// The most messages waiting to be written to one WebSocket client; a client that falls further
    /// behind is disconnected so that it cannot hold memory or slow anyone else.
    public var maxPendingMessagesPerConnection: Int
    /// The most requests of one WebSocket connection handled at once; more get -32009.
    public var maxInFlightRequestsPerConnection: Int
    /// The interval of WebSocket pings that detect dead peers; `nil` disables them.
    public var webSocketPingInterval: Duration?

    /// The defaults of a node: port 9944 on localhost, 10 MiB requests, batches of 100,
    /// 1024 subscriptions, 4096 pending messages and 128 requests in flight per connection, a ping every 30 s.
    public init(
        host: String = "127.0.0.1",
        port: Int = 9944,
        maxRequestBodySize: Int = 10 * 1024 * 1024,
        maxBatchSize: Int = 100,
        maxSubscriptionsPerConnection: Int = 1024,
        maxPendingMessagesPerConnection: Int = 4096,
        maxInFlightRequestsPerConnection: Int = 128,
        webSocketPingInterval: Duration? = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.maxRequestBodySize = max(1, maxRequestBodySize)
        self.maxBatchSize = max(1, maxBatchSize)
        self.maxSubscriptionsPerConnection = max(0, maxSubscriptionsPerConnection)
        self.maxPendingMessagesPerConnection = max(1, maxPendingMessagesPerConnection)
        self.maxInFlightRequestsPerConnection = max(1, maxInFlightRequestsPerConnection)
        self.webSocketPingInterval = webSocketPingInterval
    }
}
