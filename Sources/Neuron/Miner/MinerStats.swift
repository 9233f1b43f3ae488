import Synchronization

/// Counters of what a miner served since the last report.
final class MinerStats: Sendable {
    private struct Counts {
        var served = 0
        var failed = 0
        var seconds = 0.0
        var callers: Set<String> = []
    }

    private let counts = Mutex(Counts())

    /// Records one answered request.
    func served(caller: String, seconds: Double) {
        counts.withLock {
            $0.served += 1
            $0.seconds += seconds
            $0.callers.insert(caller)
        }
    }

    /// Records a request the model could not answer.
    func failed() { counts.withLock { $0.failed += 1 } }

    /// The counts since the last call, then resets them.
    func drain() -> (served: Int, failed: Int, meanMilliseconds: Double, callers: Int) {
        counts.withLock { counts in
            let result = (
                counts.served, counts.failed, counts.served == 0 ? 0 : counts.seconds * 1000 / Double(counts.served),
                counts.callers.count
            )
            counts = Counts()
            return result
        }
    }
}
