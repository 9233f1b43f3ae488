import ChainClient
import Logging
import ServiceLifecycle

/// Follows a node over WebSocket into an ``IndexStore``: catches up from genesis in concurrent
/// batches, then indexes each new head and takes a Roundup sample of the node's state.
///
/// When the node goes away the indexer reconnects with exponential backoff and resumes after its last
/// stored block; a database from another chain, or a node whose chain no longer matches the index,
/// stops it with an ``IndexerError`` that says so.
public struct Indexer: Service {
    /// Where blocks and samples go.
    public let store: any IndexStore
    /// The node and the pace.
    public let configuration: IndexerConfiguration
    let logger: Logger

    /// An indexer writing to `store`.
    public init(store: any IndexStore, configuration: IndexerConfiguration, logger: Logger) {
        self.store = store
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs until graceful shutdown or cancellation; throws only a fatal ``IndexerError``.
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await follow() }
        } catch is CancellationError {
            configuration.onEvent(.stopped(reason: "shutdown"))
        }
    }

    /// Sessions with the node, separated by growing pauses while it is unreachable.
    func follow() async throws {
        var backoff = configuration.initialBackoff
        while true {
            try Task.checkCancellation()
            var connected = false
            do throws(IndexerError) {
                try await session { connected = true }
            } catch where error.isFatal {
                logger.error("indexer stopped", metadata: ["reason": "\(error)"])
                configuration.onEvent(.stopped(reason: error.description))
                throw error
            } catch {
                try Task.checkCancellation()
                if connected { backoff = configuration.initialBackoff }
                logger.warning(
                    "node unavailable, reconnecting",
                    metadata: ["endpoint": "\(configuration.webSocketURL)", "reason": "\(error)", "retry.in": "\(backoff)"])
                configuration.onEvent(.reconnecting(after: backoff, reason: error.description))
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, configuration.maximumBackoff)
            }
        }
    }
}
