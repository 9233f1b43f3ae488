import Foundation
import Logging

/// Measures how fast the ``Indexer`` catches up with a node: from connecting to having stored every
/// block up to the node's head (blocks, extrinsics, events and the Roundup figures of each block).
public enum CatchUpBenchmark {
    /// What one catch-up measured.
    public struct Report: Sendable, Codable, Equatable {
        /// Blocks stored (genesis included).
        public var blocks: UInt64
        /// Seconds from the start of the indexer to the last block stored.
        public var seconds: Double
        /// `blocks / seconds`.
        public var blocksPerSecond: Double
        /// Series points of one chain metric afterwards: one per block when the node recorded them.
        public var samples: Int
    }

    /// Runs an indexer on `store` (empty) against the node at `webSocketURL` until it has stored `head`;
    /// a lost connection fails the run with its reason instead of being retried.
    public static func run(
        webSocketURL: String, store: any IndexStore, head: UInt64, batchSize: Int, concurrentFetches: Int,
        blocksPerCall: Int, logger: Logger
    ) async throws -> Report {
        let (events, continuation) = AsyncStream<IndexerEvent>.makeStream()
        var configuration = IndexerConfiguration(
            webSocketURL: webSocketURL, batchSize: batchSize, concurrentFetches: concurrentFetches,
            blocksPerCall: blocksPerCall)
        configuration.onEvent = { continuation.yield($0) }
        let indexer = Indexer(store: store, configuration: configuration, logger: logger)
        let clock = ContinuousClock()
        let started = clock.now
        let task = Task { try await indexer.run() }
        defer { task.cancel() }
        for await event in events {
            switch event {
            case .indexed(let upTo) where upTo >= head:
                let elapsed = clock.now - started
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                task.cancel()
                let samples = try await store.seriesCount(SeriesQuery(metric: .totalIssuance, netuid: nil))
                return Report(
                    blocks: head + 1, seconds: seconds, blocksPerSecond: Double(head + 1) / max(seconds, 1e-9),
                    samples: samples)
            case .stopped(let reason), .reconnecting(_, let reason):
                throw CatchUpBenchmarkError(reason: reason)
            default:
                continue
            }
        }
        throw CatchUpBenchmarkError(reason: "the indexer ended before block \(head)")
    }
}

/// The indexer stopped before it caught up.
public struct CatchUpBenchmarkError: Error, CustomStringConvertible {
    /// Why it stopped.
    public var reason: String
    /// A sentence for the user.
    public var description: String { "the catch-up benchmark failed: \(reason)" }
}
