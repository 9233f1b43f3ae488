import Foundation
import Hashing
import Runtime

/// Searches nonces for a ``PowProblem`` on all cores.
///
/// One child task per worker claims batches of consecutive nonces from a shared counter, starting at
/// a random nonce, so the ranges are disjoint and no core idles. Each batch is hashed without
/// allocating, eight nonces at a time (``Seal/LaneHasher``, or one at a time with
/// ``Engine/scalar``); between batches a worker checks for cancellation and yields, so a cancelled
/// search stops within a batch (about a millisecond). The solution is the first
/// nonce from the start whose seal meets the difficulty, whatever the number of workers, so a
/// search is deterministic given its start nonce; it is checked with the runtime's ``PowWork``
/// before it is returned.
public struct PowSolver: Sendable {
    /// Number of hashing tasks, at least one.
    public var workers: Int
    /// Time between two progress reports.
    public var reportInterval: Duration
    /// Nonces per claimed batch: the granularity of cancellation and of the hash counter.
    public var batchSize: UInt64
    /// How seals are computed.
    public var engine: Engine

    /// How a solver computes seals; both find the same solution.
    public enum Engine: String, Sendable, CaseIterable {
        /// Eight nonces at once in vector registers (``Seal/LaneHasher``): the fast one.
        case lanes
        /// One nonce at a time (``Seal/NonceHasher``): the reference, kept for comparison.
        case scalar
    }

    /// A solver with `workers` hashing tasks (default: one per active core).
    public init(
        workers: Int = PowSolver.availableCores, reportInterval: Duration = .milliseconds(500),
        batchSize: UInt64 = 4_096, engine: Engine = .lanes
    ) {
        self.workers = max(1, workers)
        self.reportInterval = reportInterval
        self.batchSize = max(1, batchSize)
        self.engine = engine
    }

    /// The number of cores this process may use.
    public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Searches from `startNonce` (random by default) until a seal meets the difficulty, `limit`
    /// nonces were tried, or the task is cancelled; `onStatus` receives a ``PowSolverStatus`` every
    /// ``reportInterval`` and once at the end.
    public func solve(
        _ problem: PowProblem, startNonce: UInt64 = .random(in: 0...UInt64.max), limit: UInt64 = .max,
        onStatus: (@Sendable (PowSolverStatus) -> Void)? = nil
    ) async throws(PowSolverError) -> PowSolution {
        let inner = problem.inner
        let hasher: PowSearch.Hasher? =
            switch engine {
            case .lanes: Seal.LaneHasher(inner: inner).map { .lanes($0) }
            case .scalar: Seal.NonceHasher(inner: inner).map { .scalar($0) }
            }
        guard let hasher, problem.blockHash.count == 32 else {
            throw .invalidBlockHash(byteCount: problem.blockHash.count)
        }
        let search = PowSearch(
            hasher: hasher, start: startNonce, limit: limit, batchSize: batchSize, difficulty: problem.difficulty)
        let clock = ContinuousClock()
        let started = clock.now
        let status = { @Sendable (instantRate: Double) -> PowSolverStatus in
            let elapsed = clock.now - started
            let hashes = search.hashesDone
            return PowSolverStatus(
                blockNumber: problem.blockNumber, blockHash: problem.blockHash, difficulty: problem.difficulty,
                hashes: hashes, elapsed: elapsed, instantRate: instantRate,
                averageRate: elapsed > .zero ? Double(hashes) / elapsed.seconds : 0)
        }

        let found = await withTaskGroup(of: PowSearch.Hit?.self) { group in
            for _ in 0..<workers {
                group.addTask { await search.work() }
            }
            if let onStatus {
                group.addTask {
                    await Self.report(every: reportInterval, search: search, status: status, to: onStatus)
                }
            }
            var best: PowSearch.Hit?
            var finished = 0
            while let result = await group.next() {
                if let hit = result, hit.offset < best?.offset ?? .max { best = hit }
                finished += 1
                if finished == workers { group.cancelAll() }
            }
            return best
        }

        let final = Self.withInstantRate(status(0), since: search.lastReport)
        onStatus?(final)
        guard let found else {
            if Task.isCancelled { throw .cancelled }
            throw .exhausted(hashes: final.hashes)
        }
        let nonce = startNonce &+ found.offset
        let seal = found.seal.bytes
        guard problem.accepts(nonce: nonce, seal: seal) else { throw .sealMismatch(nonce: nonce) }
        return PowSolution(
            nonce: nonce, seal: seal, blockNumber: problem.blockNumber, blockHash: problem.blockHash,
            difficulty: problem.difficulty, hashes: final.hashes, elapsed: final.elapsed)
    }

    /// Sends a status every `interval` until cancelled; the instant rate covers the last interval.
    private static func report(
        every interval: Duration, search: PowSearch, status: @Sendable (Double) -> PowSolverStatus,
        to onStatus: @Sendable (PowSolverStatus) -> Void
    ) async -> PowSearch.Hit? {
        while (try? await Task.sleep(for: interval)) != nil {
            onStatus(withInstantRate(status(0), since: search.lastReport))
        }
        return nil
    }

    /// `current` with its instant rate measured since the report `previous` (hashes, elapsed), which
    /// then becomes `current`.
    private static func withInstantRate(_ current: PowSolverStatus, since previous: PowSearch.LastReport)
        -> PowSolverStatus
    {
        var status = current
        let (hashes, elapsed) = previous.exchange(hashes: current.hashes, elapsed: current.elapsed)
        let seconds = (current.elapsed - elapsed).seconds
        status.instantRate = seconds > 0 ? Double(current.hashes &- hashes) / seconds : 0
        return status
    }
}
