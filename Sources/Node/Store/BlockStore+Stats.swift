import Foundation
import GRDB

extension BlockStore {
    /// The recorded Network Roundup figures (JSON) of the blocks in `range` that have them, in block order.
    public func stats(in range: ClosedRange<UInt64>) async throws(BlockStoreError) -> [(number: UInt64, json: [UInt8])] {
        let lower = Int64(clamping: range.lowerBound)
        let upper = Int64(clamping: range.upperBound)
        return try await read { db in
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT blockNumber, encoded FROM blockStats WHERE blockNumber BETWEEN ? AND ? ORDER BY blockNumber"),
                arguments: [lower, upper])
            return try rows.map { (number: try $0.unsigned(at: 0), json: try $0.bytes(at: 1)) }
        }
    }
}
