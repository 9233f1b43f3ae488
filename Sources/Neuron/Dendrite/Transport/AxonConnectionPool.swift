import NIOCore
import NIOPosix
import Synchronization

/// Keep-alive connections to axons, at most `limit` per axon; callers beyond the limit wait for a
/// connection to come back.
final class AxonConnectionPool: Sendable {
    /// An axon's address.
    struct Key: Hashable, Sendable {
        let host: String
        let port: Int
    }

    /// What a caller gets: a connection to reuse, or the right to open one.
    enum Grant: Sendable {
        case reuse(AxonConnection)
        case open
    }

    /// The connections of one axon.
    private struct Slot {
        var idle: [AxonConnection] = []
        var open = 0
        var waiters: [CheckedContinuation<Grant?, Never>] = []
    }

    private struct State {
        var slots: [Key: Slot] = [:]
        var shutDown = false
    }

    /// Connections kept per axon.
    let limit: Int
    private let state = Mutex(State())

    /// A pool keeping up to `limit` connections per axon.
    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// An open idle connection to reuse, or the right to open a new one (counted against the limit).
    func acquire(_ key: Key) async throws(AxonTransportError) -> Grant {
        let grant: Grant? = await withCheckedContinuation { continuation in
            let immediate: Grant?? = state.withLock { state in
                guard !state.shutDown else { return .some(nil) }
                var slot = state.slots[key, default: Slot()]
                defer { state.slots[key] = slot }
                while let connection = slot.idle.popLast() {
                    if connection.isActive { return .some(.reuse(connection)) }
                    slot.open -= 1
                }
                guard slot.open < limit else {
                    slot.waiters.append(continuation)
                    return nil
                }
                slot.open += 1
                return .some(.open)
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
        guard let grant else { throw .shutDown }
        return grant
    }

    /// Gives back a connection (kept when `reusable` and open) or the slot of one that was never
    /// opened or is closed; a waiting caller gets it first.
    func release(_ key: Key, _ connection: AxonConnection?, reusable: Bool) {
        let kept = reusable ? connection.flatMap { $0.isActive ? $0 : nil } : nil
        if connection != nil, kept == nil { connection?.close() }
        let waiter: (CheckedContinuation<Grant?, Never>, Grant)? = state.withLock { state in
            var slot = state.slots[key, default: Slot()]
            defer { state.slots[key] = slot }
            let grant: Grant = kept.map { .reuse($0) } ?? .open
            if !slot.waiters.isEmpty, !state.shutDown {
                return (slot.waiters.removeFirst(), grant)
            }
            if let kept, !state.shutDown {
                slot.idle.append(kept)
            } else {
                slot.open -= 1
            }
            return nil
        }
        waiter?.0.resume(returning: waiter?.1)
        if state.withLock({ $0.shutDown }) { kept?.close() }
    }

    /// Closes every idle connection; waiting and later callers fail with ``AxonTransportError/shutDown``.
    func shutdown() {
        let (idle, waiters) = state.withLock { state in
            state.shutDown = true
            let idle = state.slots.values.flatMap(\.idle)
            let waiters = state.slots.values.flatMap(\.waiters)
            state.slots = [:]
            return (idle, waiters)
        }
        for connection in idle { connection.close() }
        for waiter in waiters { waiter.resume(returning: nil) }
    }
}
