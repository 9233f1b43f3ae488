import Foundation
import GRDB

extension BlockStore {
    /// The extrinsics of block `number` in block order (empty if the block is unknown or has none).
    public func extrinsics(inBlock number: UInt64) async throws(BlockStoreError) -> [StoredExtrinsic] {
        guard let number = Int64(exactly: number) else { return [] }
        return try await read { db in try Self.fetchExtrinsics(blockNumber: number, db) }
    }

    /// The extrinsic with `hash` and the block that includes it, or `nil` if none is stored.
    ///
    /// If the same bytes were included more than once, the earliest inclusion is returned.
    public func extrinsic(hash: [UInt8]) async throws(BlockStoreError) -> LocatedExtrinsic? {
        try await read { db in
            let statement = try db.cachedStatement(
                sql: "SELECT \(Self.extrinsicColumns) FROM extrinsic WHERE hash = ? "
                    + "ORDER BY blockNumber, position LIMIT 1")
            return try Row.fetchOne(statement, arguments: [Data(hash)]).map { row in
                LocatedExtrinsic(blockNumber: try row.unsigned(at: 7), extrinsic: try Self.extrinsic(row))
            }
        }
    }

    /// The columns `extrinsic(_:)` decodes, in its order, followed by the block number.
    static let extrinsicColumns = "position, hash, encoded, signer, nonce, succeeded, callName, blockNumber"

    /// The extrinsics of block `number`, in block order.
    static func fetchExtrinsics(blockNumber number: Int64, _ db: Database) throws -> [StoredExtrinsic] {
        let statement = try db.cachedStatement(
            sql: "SELECT \(extrinsicColumns) FROM extrinsic WHERE blockNumber = ? ORDER BY position")
        var extrinsics: [StoredExtrinsic] = []
        let rows = try Row.fetchCursor(statement, arguments: [number])
        while let row = try rows.next() { extrinsics.append(try extrinsic(row)) }
        return extrinsics
    }

    /// An extrinsic record from a row selected with ``extrinsicColumns``.
    static func extrinsic(_ row: Row) throws -> StoredExtrinsic {
        StoredExtrinsic(
            index: try row.position(at: 0), hash: try row.bytes(at: 1), encoded: try row.bytes(at: 2),
            signer: try row.bytes(at: 3), nonce: try row.bitPattern(at: 4),
            succeeded: try row.decode(Bool.self, atIndex: 5),
            callName: try row.decode(String.self, atIndex: 6))
    }
}
