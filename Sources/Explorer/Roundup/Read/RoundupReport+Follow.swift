import Logging

extension RoundupReport {
    /// Follows the node at `webSocketURL` with the ``Indexer`` into `store` until the index has caught
    /// up to the head the node reported on connecting and holds a sample at or after it; returns that
    /// sample's block. `progress` receives the highest indexed block and the target head.
    public static func catchUp(
        store: any IndexStore, webSocketURL: String, logger: Logger,
        progress: @escaping @Sendable (_ indexed: UInt64, _ head: UInt64) -> Void = { _, _ in }
    ) async throws(RoundupError) -> UInt64 {
        let (events, continuation) = AsyncStream.makeStream(of: IndexerEvent.self)
        let configuration = IndexerConfiguration(
            webSocketURL: webSocketURL, maximumBackoff: .seconds(2), onEvent: { continuation.yield($0) })
        let indexer = Indexer(store: store, configuration: configuration, logger: logger)
        do {
            return try await withThrowingTaskGroup(of: UInt64?.self) { group in
                group.addTask {
                    try await indexer.run()
                    return nil
                }
                group.addTask { try await waitForHead(events, url: webSocketURL, progress: progress) }
                defer { group.cancelAll() }
                while let result = try await group.next() {
                    if let block = result { return block }
                }
                throw RoundupError.node("the indexer stopped before reaching the node's head")
            }
        } catch let error as RoundupError {
            throw error
        } catch let error as IndexerError {
            throw .node(error.description)
        } catch {
            throw .node("\(error)")
        }
    }

    /// Reads the indexer's events until a sample at or after the first reported head is stored; gives
    /// up when the node cannot be reached at first, or after five reconnections without progress.
    static func waitForHead(
        _ events: AsyncStream<IndexerEvent>, url: String, progress: @Sendable (UInt64, UInt64) -> Void
    ) async throws(RoundupError) -> UInt64? {
        var target: UInt64?
        var failures = 0
        for await event in events {
            switch event {
            case .connected(_, let head):
                if target == nil { target = head }
            case .indexed(let upTo):
                failures = 0
                if let target { progress(upTo, target) }
            case .sampled(let block):
                if let target, block >= target { return block }
            case .reconnecting(_, let reason):
                failures += 1
                if target == nil || failures >= 5 { throw .node("cannot index the node at \(url): \(reason)") }
            case .stopped(let reason):
                throw .node(reason)
            }
        }
        return nil
    }
}
