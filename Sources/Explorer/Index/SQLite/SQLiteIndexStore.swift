import ChainAPI
import Foundation
import GRDB

/// The default ``IndexStore``: one SQLite file through GRDB in WAL mode, so the pages read while the
/// indexer writes.
public final class SQLiteIndexStore: IndexStore {
    let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the index at `path`.
    public init(path: String) throws(IndexStoreError) {
        self.path = path
        do {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // A chart reads hundreds of samples spread over the whole file: reading pages through a
                // memory map and keeping more of them cached spares a system call per page.
                try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)")
                try db.execute(sql: "PRAGMA cache_size = -\(Self.cachedKibibytes)")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The most bytes of the file each connection maps into memory (SQLite caps it at its build's limit).
    static let mappedBytes = 2 * 1_024 * 1_024 * 1_024

    /// The page cache of each connection, KiB.
    static let cachedKibibytes = 32 * 1_024

    /// Nothing to release: the file closes when the store is freed.
    public func close() async {}

    /// Runs a read, mapping failures to ``IndexStoreError/database(_:)``.
    func read<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(IndexStoreError) -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw .database("\(error)")
        }
    }

    /// Runs a write transaction, mapping failures to ``IndexStoreError/database(_:)``.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws(IndexStoreError) -> T {
        do {
            return try await pool.write(body)
        } catch let error as IndexStoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }
}
