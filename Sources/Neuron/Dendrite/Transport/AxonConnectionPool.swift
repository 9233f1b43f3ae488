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

        /// An idle open connection, the right to open one, or `nil` when `limit` are open (the
        /// caller then waits).
        mutating func take(limit: Int) -> Grant? {
            while let connection = idle.popLast() {
                if connection.isActive { return .reuse(connection) }
                open -= 1
            }
            guard open < limit else { return nil }
            open += 1
            return .open
        }
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
                // Updated in place: a copy of the slot would copy its arrays.
                if let grant = state.slots[key, default: Slot()].take(limit: limit) { return .some(grant) }
                state.slots[key, default: Slot()].waiters.append(continuation)
                return nil
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
        let grant: Grant = kept.map { .reuse($0) } ?? .open
        let (waiter, shutDown): (CheckedContinuation<Grant?, Never>?, Bool) = state.withLock { state in
            guard !state.shutDown, state.slots[key] != nil else { return (nil, state.shutDown) }
            if state.slots[key]?.waiters.isEmpty == false { return (state.slots[key]?.waiters.removeFirst(), false) }
            if let kept {
                state.slots[key]?.idle.append(kept)
            } else {
                state.slots[key]?.open -= 1
            }
            return (nil, false)
        }
        waiter?.resume(returning: grant)
        if shutDown { kept?.close() }
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
