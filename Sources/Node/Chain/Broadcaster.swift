import Synchronization

/// Fans values out to any number of subscribers, each with its own bounded buffer (a subscriber that
/// falls behind loses its oldest values, never blocks the producer).
final class Broadcaster<Value: Sendable>: Sendable {
    private let subscribers = Mutex<[UInt64: AsyncStream<Value>.Continuation]>([:])
    private let nextID = Atomic<UInt64>(0)
    private let bufferLimit: Int

    init(bufferLimit: Int = 256) { self.bufferLimit = bufferLimit }

    /// A new subscriber's stream.
    func subscribe() -> AsyncStream<Value> {
        let id = nextID.add(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream<Value>.makeStream(
            bufferingPolicy: .bufferingNewest(bufferLimit))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    /// Sends `value` to every subscriber.
    func send(_ value: Value) {
        let targets = subscribers.withLock { Array($0.values) }
        for continuation in targets { continuation.yield(value) }
    }

    /// The number of subscribers.
    var count: Int { subscribers.withLock { $0.count } }

    /// Ends every stream.
    func finish() {
        let targets = subscribers.withLock { state in
            defer { state = [:] }
            return Array(state.values)
        }
        for continuation in targets { continuation.finish() }
    }
}
