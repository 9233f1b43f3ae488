import ChainAPI
import Foundation
import Synchronization

/// The shared state of one WebSocket connection: calls waiting for their answers, live subscriptions,
/// and the connection's phase. The reader task and the calling tasks meet here under one lock.
final class WebSocketConnectionState: Sendable {
    /// Where a subscription's values go; `deliver` returns `false` once the consumer is gone.
    struct Sink: Sendable {
        let deliver: @Sendable (JSONValue) -> Bool
        let finish: @Sendable (RPCClientError?) -> Void
    }

    enum Pending {
        case call(CheckedContinuation<JSONValue, any Error>)
        /// A call whose caller decodes the whole response text itself.
        case raw(CheckedContinuation<Data, any Error>)
        case subscribe(CheckedContinuation<JSONValue, any Error>, Sink)
        case ignore
    }

    enum Phase {
        case connecting([CheckedContinuation<Void, any Error>])
        case open
        case closed(RPCClientError)
    }

    struct State {
        var phase = Phase.connecting([])
        var pending: [Int64: Pending] = [:]
        var subscriptions: [String: Sink] = [:]
    }

    private let state = Mutex(State())

    /// Runs `body` with the state locked.
    func withState<Result: Sendable>(_ body: (inout State) -> Result) -> Result {
        state.withLock { body(&$0) }
    }

    /// The error calls get once the connection is closed, or `nil` while it is usable.
    var closedError: RPCClientError? {
        state.withLock { if case .closed(let error) = $0.phase { error } else { nil } }
    }

    /// Whether the handshake completed at some point.
    var wasOpened: Bool {
        state.withLock { if case .connecting = $0.phase { false } else { true } }
    }

    /// Waits for the handshake; throws the error the connection failed with.
    func waitUntilOpen() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            state.withLock { state in
                switch state.phase {
                case .connecting(var waiters):
                    waiters.append(continuation)
                    state.phase = .connecting(waiters)
                case .open: continuation.resume()
                case .closed(let error): continuation.resume(throwing: error)
                }
            }
        }
    }

    /// Marks the handshake done and wakes ``waitUntilOpen()``.
    func opened() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, any Error>] in
            guard case .connecting(let waiters) = state.phase else { return [] }
            state.phase = .open
            return waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Registers a request waiting for its answer; returns the error to fail it with if the connection is closed.
    func register(_ id: Int64, _ pending: Pending) -> RPCClientError? {
        state.withLock { state in
            if case .closed(let error) = state.phase { return error }
            state.pending[id] = pending
            return nil
        }
    }

    /// Fails request `id` with `error` if it is still waiting.
    func fail(_ id: Int64, with error: RPCClientError) {
        switch state.withLock({ $0.pending.removeValue(forKey: id) }) {
        case .call(let continuation)?, .subscribe(let continuation, _)?: continuation.resume(throwing: error)
        case .raw(let continuation)?: continuation.resume(throwing: error)
        case .ignore?, nil: break
        }
    }

    /// Forgets subscription `id` locally; returns whether it was live.
    @discardableResult
    func removeSubscription(_ id: String) -> Bool {
        state.withLock { $0.subscriptions.removeValue(forKey: id) } != nil
    }

    /// Closes the state: every waiting call and live subscription ends with `error`.
    func close(with error: RPCClientError) {
        let (waiters, pending, sinks) = state.withLock { state in
            var waiters: [CheckedContinuation<Void, any Error>] = []
            if case .connecting(let list) = state.phase { waiters = list }
            if case .closed = state.phase {} else { state.phase = .closed(error) }
            defer {
                state.pending.removeAll()
                state.subscriptions.removeAll()
            }
            return (waiters, Array(state.pending.values), Array(state.subscriptions.values))
        }
        for waiter in waiters { waiter.resume(throwing: error) }
        for entry in pending {
            if case .call(let continuation) = entry { continuation.resume(throwing: error) }
            if case .raw(let continuation) = entry { continuation.resume(throwing: error) }
            if case .subscribe(let continuation, _) = entry { continuation.resume(throwing: error) }
        }
        for sink in sinks { sink.finish(error) }
    }
}
