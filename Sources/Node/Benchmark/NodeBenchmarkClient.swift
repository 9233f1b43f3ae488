/// The RPC client side of the node benchmark. The node module has no RPC client of its own, so the
/// caller (the `yuma node bench` command, over ChainClient) supplies one.
public protocol NodeBenchmarkConnector: Sendable {
    /// Opens a WebSocket connection to `url` for submitting extrinsics.
    func connectSubmitter(to url: String) async throws -> any NodeBenchmarkSubmitter
    /// Calls `yuma_metagraph(netuid)` over HTTP at `url` and waits for the whole answer.
    func queryMetagraph(at url: String, netuid: UInt16) async throws
    /// Opens a WebSocket connection to `url` and subscribes to new heads; the stream yields block numbers.
    func subscribeNewHeads(at url: String) async throws -> any NodeBenchmarkHeadSubscription
}

/// One WebSocket connection that submits extrinsics.
public protocol NodeBenchmarkSubmitter: Sendable {
    /// `author_submitExtrinsic` with an encoded extrinsic (`0x` hex); throws when the node refuses it.
    func submit(hex: String) async throws
    /// Closes the connection.
    func close() async
}

/// One WebSocket connection subscribed to new heads.
public protocol NodeBenchmarkHeadSubscription: Sendable {
    /// The numbers of the heads, in the order they arrive.
    var numbers: AsyncThrowingStream<UInt64, any Error> { get }
    /// Unsubscribes and closes the connection.
    func close() async
}
