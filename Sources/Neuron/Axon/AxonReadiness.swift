import Synchronization

/// The axon's listening state: callers wait here for the bound port.
final class AxonReadiness: Sendable {
    /// Not yet listening (with waiters), listening on a port, or stopped.
    private enum State {
        case starting([CheckedContinuation<Int, any Error>])
        case listening(Int)
        case stopped
    }
    private let state = Mutex(State.starting([]))

    /// Waits until the server listens and returns its port.
    func port() async throws(AxonError) -> Int {
        do {
            return try await withCheckedThrowingContinuation { continuation in
                state.withLock { state in
                    switch state {
                    case .starting(let waiters): state = .starting(waiters + [continuation])
                    case .listening(let port): continuation.resume(returning: port)
                    case .stopped: continuation.resume(throwing: AxonError.stoppedBeforeListening)
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

    /// Records that the server stopped; waiters get ``AxonError/stoppedBeforeListening``.
    func stopped() {
        let waiters = state.withLock { state -> [CheckedContinuation<Int, any Error>] in
            defer { state = .stopped }
            guard case .starting(let waiters) = state else { return [] }
            return waiters
        }
        for waiter in waiters { waiter.resume(throwing: AxonError.stoppedBeforeListening) }
    }
}

/// Why an axon could not start or serve.
public enum AxonError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server stopped (or failed to bind) before it listened.
    case stoppedBeforeListening
    /// `start()` was called on an axon that is already running.
    case alreadyRunning

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .stoppedBeforeListening:
            "the axon stopped before it listened; is the port free and the host address valid?"
        case .alreadyRunning: "the axon is already running; call shutdown() before starting it again"
        }
    }
}
