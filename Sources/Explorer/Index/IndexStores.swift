import Logging

/// Opens the ``IndexStore`` a `--database` value names.
public enum IndexStores {
    /// A ``PostgresIndexStore`` for a `postgres://user:password@host:port/database` URL, else a
    /// ``SQLiteIndexStore`` at the path. Close it with ``IndexStore/close()`` when done.
    public static func open(_ database: String, logger: Logger) async throws(IndexStoreError) -> any IndexStore {
        if PostgresLocation.isURL(database) {
            return try await PostgresIndexStore(location: PostgresLocation(url: database), logger: logger)
        }
        return try SQLiteIndexStore(path: database)
    }
}
