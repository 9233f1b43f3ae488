/// A progress report of a running ``PowSolver``: what the status panel shows.
public struct PowSolverStatus: Sendable, Hashable {
    /// The block being solved.
    public var blockNumber: UInt64
    /// Its hash.
    public var blockHash: [UInt8]
    /// The difficulty being met.
    public var difficulty: UInt64
    /// Seals computed so far for this problem, all workers together.
    public var hashes: UInt64
    /// Time since the solver started on this problem.
    public var elapsed: Duration
    /// Hashes per second since the previous report.
    public var instantRate: Double
    /// Hashes per second since the start.
    public var averageRate: Double

    /// A status.
    public init(
        blockNumber: UInt64, blockHash: [UInt8], difficulty: UInt64, hashes: UInt64, elapsed: Duration,
        instantRate: Double, averageRate: Double
    ) {
        self.blockNumber = blockNumber
        self.blockHash = blockHash
        self.difficulty = difficulty
        self.hashes = hashes
        self.elapsed = elapsed
        self.instantRate = instantRate
        self.averageRate = averageRate
    }
}

extension Duration {
    /// The duration in seconds as a floating-point number, for rates and display.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
