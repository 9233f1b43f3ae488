/// Why the index store failed.
public enum IndexStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The PostgreSQL server could not be reached or refused the login.
    case cannotConnect(host: String, port: Int, reason: String)
    /// The `--database` value is neither a file path nor a usable `postgres://` URL.
    case badDatabaseURL(String, reason: String)
    /// The index belongs to another chain (different genesis hash).
    case otherChain(stored: ChainIdentity, offered: ChainIdentity)
    /// A read or write failed.
    case database(String)

    /// A sentence that says what went wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the index database at \(path): \(reason); check the path and its permissions"
        case .cannotConnect(let host, let port, let reason):
            "cannot connect to the PostgreSQL server at \(host):\(port): \(reason); check that the server runs, "
                + "listens on that address, and that the user, password and database in the URL are right"
        case .badDatabaseURL(let url, let reason):
            "the database \"\(url)\" is not a usable PostgreSQL URL: \(reason); write "
                + "postgres://user:password@host:port/database (or give a file path for SQLite)"
        case .otherChain(let stored, let offered):
            "the index holds the chain \"\(stored.chainName)\" with genesis \(stored.genesisHash), but the node "
                + "serves \"\(offered.chainName)\" with genesis \(offered.genesisHash): the chain was reset or "
                + "this is another network; use another --database (or delete this one) to index it"
        case .database(let reason):
            "the index database failed: \(reason)"
        }
    }
}
