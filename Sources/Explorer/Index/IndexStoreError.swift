/// Why the index store failed.
public enum IndexStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The index belongs to another chain (different genesis hash).
    case otherChain(stored: ChainIdentity, offered: ChainIdentity)
    /// A read or write failed.
    case database(String)

    /// A sentence that says what went wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the index database at \(path): \(reason); check the path and its permissions"
        case .otherChain(let stored, let offered):
            "the index holds the chain \"\(stored.chainName)\" with genesis \(stored.genesisHash), but the node "
                + "serves \"\(offered.chainName)\" with genesis \(offered.genesisHash): the chain was reset or "
                + "this is another network; use another --database (or delete this one) to index it"
        case .database(let reason):
            "the index database failed: \(reason)"
        }
    }
}
