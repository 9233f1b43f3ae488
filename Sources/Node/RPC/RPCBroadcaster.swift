import Synchronization

/// Fans one stream of values out to every subscription: the block producer publishes each new head,
/// and each `chain_subscribeNewHeads` handler returns ``subscribe()``.
///
/// Publishing never waits. Each subscriber keeps at most `bufferSize` values it has not taken yet and
/// drops the oldest beyond that; the RPC server drains subscriptions into per-connection outboxes
/// at once, so the buffer only fills when the process is starved.
public final class RPCBroadcaster<Value: Sendable>: Sendable {
    private struct State {
        var nextID = 0
        var subscribers: [Int: AsyncStream<Value>.Continuation] = [:]
    }

    private let state = Mutex(State())
    private let bufferSize: Int

    /// Creates a broadcaster whose subscribers buffer up to `bufferSize` values each.
    public init(bufferSize: Int = 1024) {
        self.bufferSize = max(1, bufferSize)
    }

    /// A new stream of every value published from now on; it ends when cancelled or on ``finish()``.
    public func subscribe() -> AsyncStream<Value> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: Value.self, bufferingPolicy: .bufferingNewest(bufferSize))
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            state.subscribers[state.nextID] = continuation
            return state.nextID
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends `value` to every current subscriber.
    public func publish(_ value: Value) {
        let subscribers = state.withLock { Array($0.subscribers.values) }
        for subscriber in subscribers { subscriber.yield(value) }
    }

    /// The number of live subscribers.
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    /// Ends every subscriber's stream.
    public func finish() {
        let subscribers = state.withLock { state in
            defer { state.subscribers.removeAll() }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish() }
    }
}
