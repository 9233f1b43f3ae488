/// How hard a commit pushes its transaction to disk before it returns.
///
/// Both levels keep the database consistent in every case: SQLite's write-ahead log only ever exposes whole
/// transactions, so a restarted node always finds the state of some committed block, never half a block.
/// They differ only in which committed blocks survive a power loss or kernel crash.
public enum StoreDurability: Sendable, Equatable {
    /// `synchronous=FULL`: every commit fsyncs the write-ahead log before it returns.
    ///
    /// A block whose commit returned survives a process kill, a kernel panic and a power loss. It costs
    /// one fsync per block — a few milliseconds against a block time of 250 ms to 12 s — so it is the
    /// default.
    case full
    /// `synchronous=NORMAL`: the log is fsynced only at checkpoints.
    ///
    /// A block whose commit returned survives a process kill (SIGKILL, crash, OOM kill), because its pages
    /// are in the operating system's cache. A power loss may roll the chain back to an earlier committed
    /// block, still consistent. Meant for benchmarks, tests and throwaway local networks.
    case normal

    /// The value of SQLite's `synchronous` pragma for this level.
    var pragmaValue: String {
        switch self {
        case .full: "FULL"
        case .normal: "NORMAL"
        }
    }
}
