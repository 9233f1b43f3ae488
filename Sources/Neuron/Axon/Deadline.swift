import NIOCore
import NIOPosix
import Synchronization

/// Runs an operation against a deadline and returns as soon as either finishes, even if the operation
/// ignores cancellation (it is cancelled and left to finish on its own). The timer is an event-loop
/// timer, cancelled as soon as the operation finishes, so no sleeping task outlives a request.
enum Deadline {
    /// The operation's result, or `nil` when `limit` passed first.
    static func run<T: Sendable>(
        within limit: Duration, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T? {
        let gate = Gate<T>()
        return try await withCheckedThrowingContinuation { continuation in
            gate.arm(continuation)
            let work = Task {
                do { gate.finish(.success(try await operation())) } catch { gate.finish(.failure(error)) }
            }
            gate.keep(timer: NIOSingletons.posixEventLoopGroup.any().scheduleTask(in: TimeAmount(limit)) {
                if gate.finish(.success(nil)) { work.cancel() }
            })
        }
    }

    /// Resumes a continuation exactly once and stops the timer when the operation wins.
    private final class Gate<T: Sendable>: Sendable {
        /// The waiting caller, the timer once started, and whether the race is decided.
        private struct State {
            var continuation: CheckedContinuation<T?, any Error>?
            var timer: Scheduled<Void>?
            var decided = false
        }
        private let state = Mutex(State())

        /// Remembers the caller to resume.
        func arm(_ value: CheckedContinuation<T?, any Error>) { state.withLock { $0.continuation = value } }

        /// Remembers the timer, or cancels it at once when the operation already finished.
        func keep(timer: Scheduled<Void>) {
            let finished = state.withLock { value -> Bool in
                if !value.decided { value.timer = timer }
                return value.decided
            }
            if finished { timer.cancel() }
        }

        /// Resumes with `result` if nobody did yet; returns whether this call did.
        @discardableResult
        func finish(_ result: Result<T?, any Error>) -> Bool {
            let (waiting, timer) = state.withLock { value in
                defer {
                    value.continuation = nil
                    value.timer = nil
                    value.decided = true
                }
                return value.decided ? (nil, nil) : (value.continuation, value.timer)
            }
            timer?.cancel()
            waiting?.resume(with: result)
            return waiting != nil
        }
    }
}
