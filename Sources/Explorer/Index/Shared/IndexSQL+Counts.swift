/// Totals the pages paginate by, kept in a `counts` table as rows are written instead of counted at
/// each request (a million blocks, hundreds of thousands of registrations): `('blocks', 0)` and
/// `('registrations', netuid)`.
extension IndexSQL {
    /// The name of the count of indexed blocks (key 0).
    static let blocksCount = "blocks"
    /// The name of the count of a subnet's registrations (key: its netuid).
    static let registrationsCount = "registrations"

    /// The table of totals.
    static let countsTable = """
        CREATE TABLE IF NOT EXISTS counts (
            name TEXT NOT NULL, key BIGINT NOT NULL, count BIGINT NOT NULL, PRIMARY KEY (name, key))
        """

    /// Counts the rows already stored, once, when the table is new (`'blocks'` is always present after).
    static let countsBackfill = """
        INSERT INTO counts (name, key, count)
        SELECT c.name, c.key, c.count FROM (
            SELECT 'blocks' AS name, 0 AS key, COUNT(*) AS count FROM blocks
            UNION ALL SELECT 'registrations', netuid, COUNT(*) FROM registrations GROUP BY netuid
        ) c WHERE NOT EXISTS (SELECT 1 FROM counts WHERE name = 'blocks')
        ON CONFLICT (name, key) DO NOTHING
        """

    /// The index that finds blocks by UTC day (`timestamp / 86400000`), newest last within a day.
    static let blocksDayIndex = "CREATE INDEX IF NOT EXISTS blocks_day ON blocks ((timestamp / 86400000), number)"

    /// Adds `delta` to a count, creating it when missing.
    static func addToCount(_ name: String, key: Int64, _ delta: Int64) -> SQLStatement {
        SQLStatement(
            text: """
                INSERT INTO counts (name, key, count) VALUES (?, ?, ?)
                ON CONFLICT (name, key) DO UPDATE SET count = counts.count + excluded.count
                """,
            arguments: [.text(name), .integer(key), .integer(delta)])
    }

    /// A count (0 when never written).
    static func count(_ name: String, key: Int64) -> SQLStatement {
        SQLStatement(
            text: "SELECT COALESCE((SELECT count FROM counts WHERE name = ? AND key = ?), 0)",
            arguments: [.text(name), .integer(key)])
    }
}

/// How a write changes the counts: blocks added, registrations added (or moved) per subnet.
struct CountChanges: Sendable {
    /// Blocks that were not stored before.
    var blocks: Int64 = 0
    /// Registrations gained (negative: lost) by each netuid.
    var registrations: [Int64: Int64] = [:]

    /// The statements that apply the changes.
    var statements: [SQLStatement] {
        (blocks == 0 ? [] : [IndexSQL.addToCount(IndexSQL.blocksCount, key: 0, blocks)])
            + registrations.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
                IndexSQL.addToCount(IndexSQL.registrationsCount, key: $0.key, $0.value)
            }
    }
}
