/// What a running ``PowRegistration`` reports, in order: solving on a block, progress, a solution,
/// and a refusal that sends it back to solving.
public enum PowRegistrationEvent: Sendable, Equatable {
    /// The solver (re)started on a new block.
    case solving(PowProblem)
    /// Progress on the current block and overall.
    case progress(PowRegistrationProgress)
    /// A seal was found and is being submitted.
    case solved(PowSolution)
    /// The chain refused the seal for a reason worth retrying (for example the block became too
    /// old); solving starts again on the newest block.
    case rejected(reason: String)
}

/// Progress of a whole registration: the current block's solver status plus totals since the start.
public struct PowRegistrationProgress: Sendable, Hashable {
    /// The solver's status on the current block.
    public var status: PowSolverStatus
    /// Seals computed since the registration started, over all blocks.
    public var totalHashes: UInt64
    /// Time since the registration started.
    public var elapsed: Duration

    /// Progress.
    public init(status: PowSolverStatus, totalHashes: UInt64, elapsed: Duration) {
        self.status = status
        self.totalHashes = totalHashes
        self.elapsed = elapsed
    }

    /// Hashes per second since the registration started.
    public var averageRate: Double {
        elapsed > .zero ? Double(totalHashes) / elapsed.seconds : 0
    }
}
