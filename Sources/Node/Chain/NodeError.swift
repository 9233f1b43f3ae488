import Runtime

/// Why a node cannot start or go on.
public enum NodeError: Error, Sendable, CustomStringConvertible {
    /// The chain spec is unusable.
    case chainSpec(ChainSpecError)
    /// The database failed.
    case store(String)
    /// The database holds another chain.
    case otherChain(path: String, stored: String, expected: String)
    /// The stored state does not hash to the stored head's state root.
    case stateMismatch(number: UInt64, stored: String, computed: String)
    /// The stored state does not decode.
    case corruptState(String)
    /// A block is being produced already.
    case busy
    /// An earlier block failed to persist; the in-memory state is ahead of the database.
    case halted(String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .chainSpec(let error): error.description
        case .store(let message): "database: \(message)"
        case .otherChain(let path, let stored, let expected):
            "the database at \(path) holds another chain (genesis \(stored), this chain's is \(expected)); "
                + "use another --base-path or remove that directory"
        case .stateMismatch(let number, let stored, let computed):
            "the stored state at block \(number) hashes to \(computed), not to its header's root \(stored); "
                + "the database is damaged"
        case .corruptState(let message): "the stored state cannot be read: \(message)"
        case .busy: "a block is being produced; try again"
        case .halted(let message):
            "block production stopped after a database failure: \(message); restart the node"
        }
    }
}
