import Hashing
import Runtime
import Synchronization

/// The state the workers of one ``PowSolver`` search share: the next batch to claim, the best
/// solution offset found so far and the hash counter. Atomics only, so no locks in the hot path.
final class PowSearch: Sendable {
    /// A seal that meets the difficulty, at `offset` nonces from the start.
    struct Hit: Sendable {
        var offset: UInt64
        var seal: Seal.Digest
    }

    /// The hashes and elapsed time of the latest progress report, for instant rates.
    final class LastReport: Sendable {
        private let value = Mutex<(hashes: UInt64, elapsed: Duration)>((0, .zero))

        /// Records a report and returns the previous one.
        func exchange(hashes: UInt64, elapsed: Duration) -> (hashes: UInt64, elapsed: Duration) {
            value.withLock { value in
                defer { value = (hashes, elapsed) }
                return value
            }
        }
    }

    /// The hasher every worker uses.
    enum Hasher: Sendable {
        /// Eight nonces at once (``Seal/LaneHasher``).
        case lanes(Seal.LaneHasher)
        /// One nonce at a time (``Seal/NonceHasher``), the reference.
        case scalar(Seal.NonceHasher)

        /// The first offset from `start` within `count` nonces whose seal meets `difficulty`.
        func search(from start: UInt64, count: UInt64, difficulty: UInt64) -> (offset: UInt64, seal: Seal.Digest)? {
            switch self {
            case .lanes(let hasher):
                hasher.search(from: start, count: count, difficulty: difficulty, byteOrder: PowWork.byteOrder)
            case .scalar(let hasher):
                hasher.search(from: start, count: count, difficulty: difficulty, byteOrder: PowWork.byteOrder)
            }
        }
    }

    let hasher: Hasher
    let start: UInt64
    let limit: UInt64
    let batchSize: UInt64
    let difficulty: UInt64
    /// The index of the next unclaimed batch.
    private let nextBatch = Atomic<UInt64>(0)
    /// The smallest offset of a seal found so far (`UInt64.max`: none).
    private let bestOffset = Atomic<UInt64>(.max)
    /// Seals computed by all workers.
    private let hashes = Atomic<UInt64>(0)
    /// The latest progress report.
    let lastReport = LastReport()

    init(hasher: Hasher, start: UInt64, limit: UInt64, batchSize: UInt64, difficulty: UInt64) {
        self.hasher = hasher
        self.start = start
        self.limit = limit
        self.batchSize = batchSize
        self.difficulty = difficulty
    }

    /// Seals computed so far.
    var hashesDone: UInt64 { hashes.load(ordering: .relaxed) }

    /// One worker: claims batches in increasing order and hashes them until a batch starts past the
    /// best offset found (every earlier batch is then claimed and will be finished by its worker, so
    /// the smallest offset wins), the limit is reached, or the task is cancelled.
    func work() async -> Hit? {
        var mine: Hit?
        while !Task.isCancelled {
            let batch = nextBatch.wrappingAdd(1, ordering: .relaxed).oldValue
            let (offset, overflow) = batch.multipliedReportingOverflow(by: batchSize)
            guard !overflow, offset < limit, offset < bestOffset.load(ordering: .relaxed) else { break }
            let count = min(batchSize, limit - offset)
            if let hit = hasher.search(from: start &+ offset, count: count, difficulty: difficulty) {
                hashes.wrappingAdd(hit.offset + 1, ordering: .relaxed)
                let found = Hit(offset: offset + hit.offset, seal: hit.seal)
                lower(to: found.offset)
                if found.offset < mine?.offset ?? .max { mine = found }
            } else {
                hashes.wrappingAdd(count, ordering: .relaxed)
            }
            await Task.yield()
        }
        return mine
    }

    /// Lowers the best offset to `offset` unless a smaller one is already recorded.
    private func lower(to offset: UInt64) {
        var current = bestOffset.load(ordering: .relaxed)
        while offset < current {
            let (exchanged, original) = bestOffset.compareExchange(
                expected: current, desired: offset, ordering: .relaxed)
            if exchanged { return }
            current = original
        }
    }
}
