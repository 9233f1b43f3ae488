import ChainAPI
import Foundation
import Logging
import Synchronization

/// The subscriptions of one WebSocket connection.
///
/// A subscription is created in two steps so that its id reaches the client before any notification:
/// ``subscribe(_:params:context:)`` runs the handler and reserves the id, and the returned activation,
/// run after the response is queued, starts pushing values into the connection's outbox.
final class RPCWebSocketSession: Sendable {
    private struct Entry {
        let family: String
        var feed: RPCSubscriptionFeed?
        var task: Task<Void, Never>?
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var closed = false
    }

    let connectionID: UInt64
    private let outbox: RPCOutbox
    private let limit: Int
    private let metrics: RPCMetrics
    private let state = Mutex(State())

    init(connectionID: UInt64, outbox: RPCOutbox, limit: Int, metrics: RPCMetrics) {
        self.connectionID = connectionID
        self.outbox = outbox
        self.limit = limit
        self.metrics = metrics
    }

    /// Starts the handler of `subscription` and reserves an id; -32006 when the connection is full.
    func subscribe(
        _ subscription: RPCMethodRegistry.Subscription, params: RPCParams, context: RPCContext
    ) async throws(RPCError) -> RPCSubscriptionActivation {
        guard state.withLock({ $0.entries.count < limit }) else { throw .tooManySubscriptions(limit: limit) }
        let feed = try await subscription.start(params, context)
        // Re-check after the await: other subscribe calls of this connection may have filled it meanwhile.
        let id: String? = state.withLock { state in
            guard !state.closed, state.entries.count < limit else { return nil }
            var id = Self.makeID()
            while state.entries[id] != nil { id = Self.makeID() }
            state.entries[id] = Entry(family: subscription.subscribe, feed: feed)
            return id
        }
        guard let id else { throw .tooManySubscriptions(limit: limit) }
        metrics.subscriptions.increment()
        return RPCSubscriptionActivation(id: id) { [self] in
            activate(id: id, notification: subscription.notification)
        }
    }

    private func activate(id: String, notification method: String) {
        guard let feed = state.withLock({ $0.entries[id]?.feed }) else { return }
        // An unstructured task per subscription: it must outlive the request that created it and be
        // cancellable on its own by unsubscribe; close() cancels every one of them with the connection.
        let task = Task { [outbox] in
            let encoder = JSONEncoder()
            await feed.drain { value in
                let message = JSONRPCNotification(method: method, subscription: id, result: value)
                guard let data = try? encoder.encode(message) else { return true }
                return outbox.send(String(decoding: data, as: UTF8.self))
            }
            self.remove(id)
        }
        let keep = state.withLock { state -> Bool in
            guard state.entries[id] != nil else { return false }
            state.entries[id]?.feed = nil
            state.entries[id]?.task = task
            return true
        }
        if !keep { task.cancel() }
    }

    /// Cancels subscription `id` if it belongs to `family`; `false` when there is no such subscription.
    func unsubscribe(_ id: String, family: String) -> Bool {
        let entry = state.withLock { state -> Entry? in
            guard state.entries[id]?.family == family else { return nil }
            return state.entries.removeValue(forKey: id)
        }
        guard let entry else { return false }
        entry.task?.cancel()
        metrics.subscriptions.decrement()
        return true
    }

    /// Cancels every subscription; later subscribe calls are refused.
    func close() {
        let entries = state.withLock { state in
            state.closed = true
            defer { state.entries.removeAll() }
            return Array(state.entries.values)
        }
        for entry in entries { entry.task?.cancel() }
        metrics.subscriptions.decrement(by: Double(entries.count))
    }

    private func remove(_ id: String) {
        if state.withLock({ $0.entries.removeValue(forKey: id) }) != nil {
            metrics.subscriptions.decrement()
        }
    }

    /// A random 64-bit subscription id as 16 hex digits.
    private static func makeID() -> String {
        let hex = String(UInt64.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A reserved subscription: its id, and the step that starts its notifications.
struct RPCSubscriptionActivation: Sendable {
    let id: String
    let start: @Sendable () -> Void
}
