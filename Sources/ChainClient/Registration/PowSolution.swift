/// A seal that meets a ``PowProblem``'s difficulty: what a `register` call carries.
public struct PowSolution: Sendable, Hashable {
    /// The nonce.
    public var nonce: UInt64
    /// The 32-byte seal of the nonce (the call's `work`).
    public var seal: [UInt8]
    /// The block the work was done on.
    public var blockNumber: UInt64
    /// That block's hash.
    public var blockHash: [UInt8]
    /// The difficulty the seal meets.
    public var difficulty: UInt64
    /// Seals computed by all workers for this problem until the solution was settled.
    public var hashes: UInt64
    /// Time spent on this problem.
    public var elapsed: Duration

    /// A solution.
    public init(
        nonce: UInt64, seal: [UInt8], blockNumber: UInt64, blockHash: [UInt8], difficulty: UInt64, hashes: UInt64,
        elapsed: Duration
    ) {
        self.nonce = nonce
        self.seal = seal
        self.blockNumber = blockNumber
        self.blockHash = blockHash
        self.difficulty = difficulty
        self.hashes = hashes
        self.elapsed = elapsed
    }
}
