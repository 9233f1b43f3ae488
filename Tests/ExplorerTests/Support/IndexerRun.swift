import ChainClient
import Foundation
import Synchronization

@testable import Explorer

/// An indexer running in a child task, with the events it reported.
final class IndexerRun: Sendable {
    private let log = Mutex<[IndexerEvent]>([])
    /// The store it writes to.
    let store: SQLiteIndexStore

    init(store: SQLiteIndexStore) { self.store = store }

    /// Everything reported so far.
    var events: [IndexerEvent] { log.withLock { $0 } }

    func record(_ event: IndexerEvent) { log.withLock { $0.append(event) } }

    /// Runs an indexer of `url` into `store` while `body` runs, then cancels it.
    static func with<T: Sendable>(
        _ url: String, store: SQLiteIndexStore, batchSize: Int = 3, concurrentFetches: Int = 4,
        _ body: @Sendable (IndexerRun) async throws -> T
    ) async throws -> T {
        let run = IndexerRun(store: store)
        let configuration = IndexerConfiguration(
            webSocketURL: url, batchSize: batchSize, concurrentFetches: concurrentFetches,
            initialBackoff: .milliseconds(50), maximumBackoff: .milliseconds(200), onEvent: { run.record($0) })
        let indexer = Indexer(store: store, configuration: configuration, logger: quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await indexer.run() }
            let outcome: Result<T, any Error>
            do {
                outcome = .success(try await body(run))
            } catch {
                outcome = .failure(error)
            }
            tasks.cancelAll()
            try? await tasks.waitForAll()
            return try outcome.get()
        }
    }

    /// Waits until a sample at or past `block` is stored (so every block up to it is indexed).
    func waitForSample(atLeast block: UInt64) async throws {
        try await waitUntil("a sample at block \(block)") {
            let sampled = try await store.sample(atOrBefore: nil)?.block ?? 0
            let indexed = try await store.lastIndexedBlock() ?? 0
            return sampled >= block && indexed >= block
        }
    }

    /// Waits until an event matches.
    func waitForEvent(_ what: String, _ matches: @escaping @Sendable (IndexerEvent) -> Bool) async throws {
        try await waitUntil(what) { events.contains(where: matches) }
    }
}

/// The condition never came true while the test waited.
struct WaitGaveUp: Error, CustomStringConvertible {
    let what: String
    var description: String { "gave up waiting for \(what)" }
}

/// Polls `condition` until it holds; gives up after a generous bound so a broken build fails instead
/// of hanging (this is not a timing assertion).
func waitUntil(_ what: String, _ condition: @Sendable () async throws -> Bool) async throws {
    for _ in 0..<6_000 {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    throw WaitGaveUp(what: what)
}
