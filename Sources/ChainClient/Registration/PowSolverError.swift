/// Why a ``PowSolver`` returned without a solution.
public enum PowSolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The task was cancelled before any worker found a seal.
    case cancelled
    /// The block hash is not 32 bytes, so no seal the chain checks can be built on it.
    case invalidBlockHash(byteCount: Int)
    /// Every nonce was tried without success (only possible with a hash limit).
    case exhausted(hashes: UInt64)
    /// The fast seal path and the runtime disagree about a seal; a bug, never expected.
    case sealMismatch(nonce: UInt64)

    /// What happened and what to do next.
    public var description: String {
        switch self {
        case .cancelled: "the proof-of-work search was cancelled"
        case .invalidBlockHash(let count): "the block hash has \(count) bytes instead of 32; check the node"
        case .exhausted(let hashes): "no seal met the difficulty within \(hashes) hashes; try again"
        case .sealMismatch(let nonce):
            "the seal of nonce \(nonce) does not pass the runtime's check; please report this bug"
        }
    }
}
