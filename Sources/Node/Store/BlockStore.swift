import Foundation
import GRDB

/// The node's crash-safe store of blocks, extrinsics, events and state, in one SQLite database in WAL mode.
///
/// Every block is committed with its extrinsics, events, state changes and the head pointer in a single
/// write transaction, so a node killed at any instant reopens at its last committed block with exactly
/// that block's state. Bytes in, bytes out: the store never decodes headers, extrinsics, events or state.
///
/// `BlockStore` is a `final class` whose stored properties are all immutable and `Sendable`, not an actor.
/// The only mutable state is the database, and GRDB's `DatabasePool` already serializes writes on one
/// writer connection while reads run concurrently on reader connections against WAL snapshots. An actor
/// would add a second queue in front of the pool that made every read wait for the block being committed,
/// which is exactly what WAL readers avoid. Consistency rules (the next block follows the head) are checked
/// inside the write transaction, so they hold even if two callers, or two processes, commit at once.
public final class BlockStore: Sendable {
    /// The path of the SQLite database file.
    public let path: String
    /// How hard each commit pushes its transaction to disk.
    public let durability: StoreDurability
    /// The connection pool: one writer, several WAL readers.
    let pool: DatabasePool

    /// Opens the store at `path`, creating the file, its directories and the schema if needed.
    ///
    /// - Throws: ``BlockStoreError/newerSchema(path:)`` if a newer Yuma wrote the file, or
    ///   ``BlockStoreError/database(_:)`` if the directory or database cannot be opened.
    public init(path: String, durability: StoreDurability = .full) throws(BlockStoreError) {
        self.path = path
        self.durability = durability
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .database("cannot create the directory \(directory.path): \(error)")
        }
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
            // GRDB sets synchronous=NORMAL on the writer when it enables WAL, after prepareDatabase runs,
            // so the level is applied here, on the writer connection that performs every commit.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = \(durability.pragmaValue)")
            }
        } catch {
            throw .database("cannot open \(path): \(error)")
        }
        try migrate()
    }

    /// Closes every connection after the accesses in progress finish; any later call fails.
    ///
    /// Closing is optional (the connections close when the store is released) but lets a node that shuts
    /// down checkpoint the write-ahead log into the database file before it exits.
    public func close() throws(BlockStoreError) {
        do {
            try pool.close()
        } catch {
            throw .database("cannot close \(path): \(error)")
        }
    }

    /// Runs `body` in one write transaction, committed when it returns and rolled back when it throws.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(BlockStoreError) -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` on a reader connection, in a read transaction that sees one committed state.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(BlockStoreError) -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Maps any error thrown inside a database access to a ``BlockStoreError``.
    static func storeError(_ error: any Error) -> BlockStoreError {
        switch error {
        case let error as BlockStoreError: error
        case is CancellationError: .cancelled
        default: .database(String(describing: error))
        }
    }
}
