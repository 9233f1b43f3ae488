import Synchronization

/// Runs an operation against a deadline and returns as soon as either finishes, even if the operation
/// ignores cancellation (it is cancelled and left to finish on its own).
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
            Task {
                try? await Task.sleep(for: limit)
                if gate.finish(.success(nil)) { work.cancel() }
            }
        }
    }

    /// Resumes a continuation exactly once.
    private final class Gate<T: Sendable>: Sendable {
        private let continuation = Mutex<CheckedContinuation<T?, any Error>?>(nil)
        func arm(_ value: CheckedContinuation<T?, any Error>) { continuation.withLock { $0 = value } }
        /// Resumes with `result` if nobody did yet; returns whether this call did.
        @discardableResult
        func finish(_ result: Result<T?, any Error>) -> Bool {
            let waiting = continuation.withLock { value in
                defer { value = nil }
                return value
            }
            waiting?.resume(with: result)
            return waiting != nil
        }
    }
}
