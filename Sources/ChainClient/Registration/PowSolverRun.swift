/// A ``PowSolver`` search running in its own task: the statuses as an `AsyncStream` and the
/// solution as the task's value.
public struct PowSolverRun: Sendable {
    /// Progress reports; the stream finishes when the search ends.
    public let statuses: AsyncStream<PowSolverStatus>
    /// The search; its value is the solution or throws a ``PowSolverError``.
    public let task: Task<PowSolution, any Error>

    /// Waits for the solution.
    public func solution() async throws(PowSolverError) -> PowSolution {
        do {
            return try await task.value
        } catch let error as PowSolverError {
            throw error
        } catch {
            throw .cancelled
        }
    }

    /// Stops the search; ``solution()`` then throws ``PowSolverError/cancelled`` unless a seal was found.
    public func cancel() {
        task.cancel()
    }
}

extension PowSolver {
    /// Starts ``solve(_:startNonce:limit:onStatus:)`` in a new task and streams its statuses.
    public func start(_ problem: PowProblem, startNonce: UInt64 = .random(in: 0...UInt64.max), limit: UInt64 = .max)
        -> PowSolverRun
    {
        let (statuses, continuation) = AsyncStream.makeStream(of: PowSolverStatus.self)
        let task = Task { () async throws -> PowSolution in
            defer { continuation.finish() }
            return try await solve(problem, startNonce: startNonce, limit: limit) { continuation.yield($0) }
        }
        return PowSolverRun(statuses: statuses, task: task)
    }
}
