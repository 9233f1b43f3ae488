/// What a replay verified.
public struct ReplayReport: Sendable, Equatable {
    /// The stored head the replay ran to.
    public var head: UInt64
    /// Blocks re-executed and found equal (block 0 is checked, not counted).
    public var blocksVerified: UInt64
    /// Extrinsics re-executed in those blocks.
    public var extrinsicsVerified: Int
    /// Wall-clock seconds the replay took.
    public var seconds: Double
    /// The first divergence, or `nil` when every block matched.
    public var divergence: ReplayDivergence?

    /// A report.
    public init(
        head: UInt64, blocksVerified: UInt64, extrinsicsVerified: Int, seconds: Double,
        divergence: ReplayDivergence?
    ) {
        self.head = head
        self.blocksVerified = blocksVerified
        self.extrinsicsVerified = extrinsicsVerified
        self.seconds = seconds
        self.divergence = divergence
    }

    /// Whether the stored chain is exactly what re-execution produces.
    public var isOK: Bool { divergence == nil }
}

/// Why a replay could not run at all (as opposed to finding a divergence).
public enum ReplayError: Error, Sendable, CustomStringConvertible {
    /// The database cannot be opened or read.
    case store(String)
    /// The database holds no chain yet.
    case empty(String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .store(let message): "database: \(message)"
        case .empty(let path): "\(path) holds no chain (no genesis block); run `yuma node --base-path` first"
        }
    }
}
