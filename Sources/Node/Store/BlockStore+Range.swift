import Foundation
import GRDB

extension BlockStore {
    /// The blocks in `range` that are stored, in order, with extrinsics and events but without state
    /// changes, read in one transaction.
    public func blocksWithoutState(in range: ClosedRange<UInt64>) async throws(BlockStoreError) -> [StoredBlock] {
        let lower = Int64(clamping: range.lowerBound)
        let upper = Int64(clamping: range.upperBound)
        return try await read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT number, hash, parentHash, stateRoot, extrinsicsRoot, timestamp, header
                        FROM block WHERE number BETWEEN ? AND ? ORDER BY number
                        """),
                arguments: [lower, upper])
            return try rows.map { row in
                let number: Int64 = row[0]
                return StoredBlock(
                    number: try row.unsigned(at: 0), hash: try row.bytes(at: 1), parentHash: try row.bytes(at: 2),
                    stateRoot: try row.bytes(at: 3), extrinsicsRoot: try row.bytes(at: 4),
                    timestamp: try row.bitPattern(at: 5), encodedHeader: try row.bytes(at: 6),
                    extrinsics: try Self.fetchExtrinsics(blockNumber: number, db),
                    events: try Self.fetchEvents(blockNumber: number, db))
            }
        }
    }
}
