import Synchronization

/// Why the RPC server could not report its port.
public enum RPCServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server stopped (or failed to bind) before it was listening.
    case stoppedBeforeListening

    /// A sentence for logs and the command line.
    public var description: String {
        switch self {
        case .stoppedBeforeListening:
            "the RPC server stopped before it was listening; check the bind address and port"
        }
    }
}

/// The bound port of a running server, for callers that wait for it.
final class RPCServerReadiness: Sendable {
    private enum State {
        case starting([CheckedContinuation<Int, any Error>])
        case listening(Int)
        case stopped
    }

    private let state = Mutex(State.starting([]))

    /// Waits until the server listens and returns its port.
    func port() async throws(RPCServerError) -> Int {
        do {
            return try await withCheckedThrowingContinuation { continuation in
                state.withLock { state in
                    switch state {
                    case .starting(var waiters):
                        waiters.append(continuation)
                        state = .starting(waiters)
                    case .listening(let port):
                        continuation.resume(returning: port)
                    case .stopped:
                        continuation.resume(throwing: RPCServerError.stoppedBeforeListening)
                    }
                }
            }
        } catch {
            throw .stoppedBeforeListening
        }
    }

    /// Records the bound port and wakes the waiters.
    func listening(on port: Int) {
        let waiters = state.withLock { state -> [CheckedContinuation<Int, any Error>] in
            guard case .starting(let waiters) = state else { return [] }
            state = .listening(port)
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    /// Records that the server stopped; waiters still waiting get an error.
    func stopped() {
        let waiters = state.withLock { state -> [CheckedContinuation<Int, any Error>] in
            guard case .starting(let waiters) = state else { return [] }
            state = .stopped
            return waiters
        }
        for waiter in waiters { waiter.resume(throwing: RPCServerError.stoppedBeforeListening) }
    }
}
