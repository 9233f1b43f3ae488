import Logging
import PostgresNIO

/// A batch of blocks as column arrays, inserted with one `unnest` statement per table.
struct PostgresBlockRows: Sendable {
    var blocks = Columns(7)
    var extrinsics = Columns(7)
    var events = Columns(5)
    var accounts = Columns(3)
    var registrations = Columns(6)

    /// One array per column; integers and texts in the order of the insert statement.
    struct Columns: Sendable {
        var integers: [[Int64]]
        var texts: [[String]]
        var flags: [Bool] = []
        init(_ count: Int) {
            integers = Array(repeating: [], count: count)
            texts = Array(repeating: [], count: count)
        }
    }

    init(_ batch: [IndexedBlock]) {
        for b in batch {
            blocks.integers[0].append(b.number.stored)
            blocks.texts[1].append(b.hash)
            blocks.texts[2].append(b.parentHash)
            blocks.integers[3].append(b.timestamp.stored)
            blocks.texts[4].append(b.author)
            blocks.integers[5].append(Int64(b.extrinsics.count))
            blocks.integers[6].append(Int64(b.events.count))
            for x in b.extrinsics {
                extrinsics.integers[0].append(x.blockNumber.stored)
                extrinsics.integers[1].append(Int64(x.index))
                extrinsics.texts[2].append(x.hash)
                extrinsics.texts[3].append(x.signer)
                extrinsics.integers[4].append(x.nonce.stored)
                extrinsics.texts[5].append(x.call)
                extrinsics.flags.append(x.succeeded)
            }
            for e in b.events {
                let (block, index) = (e.blockNumber.stored, Int64(e.index))
                let extrinsic = e.extrinsicIndex.map { Int64($0) } ?? -1
                events.integers[0].append(block)
                events.integers[1].append(index)
                events.integers[2].append(extrinsic)
                events.texts[3].append(e.name)
                events.texts[4].append(e.fieldsJSON)
                for account in EventDerivation.accounts(inFields: e.fieldsJSON) {
                    accounts.texts[0].append(account)
                    accounts.integers[1].append(block)
                    accounts.integers[2].append(index)
                }
                if let r = EventDerivation.registration(e) {
                    registrations.integers[0].append(block)
                    registrations.integers[1].append(index)
                    registrations.integers[2].append(extrinsic)
                    registrations.integers[3].append(Int64(r.netuid))
                    registrations.integers[4].append(Int64(r.uid))
                    registrations.texts[5].append(r.hotkey)
                }
            }
        }
    }

    /// Inserts every row, replacing rows with the same keys (as SQLite's `INSERT OR REPLACE`).
    func insert(on connection: PostgresConnection, logger: Logger) async throws {
        let (b, x, e, a, r) = (blocks, extrinsics, events, accounts, registrations)
        let counts = try await countChanges(on: connection, logger: logger)
        try await connection.query(
            """
            INSERT INTO blocks (number, hash, parent_hash, timestamp, author, extrinsic_count, event_count)
            SELECT * FROM unnest(\(b.integers[0])::bigint[], \(b.texts[1])::text[], \(b.texts[2])::text[],
            \(b.integers[3])::bigint[], \(b.texts[4])::text[], \(b.integers[5])::bigint[], \(b.integers[6])::bigint[])
            ON CONFLICT (number) DO UPDATE SET hash = excluded.hash, parent_hash = excluded.parent_hash,
            timestamp = excluded.timestamp, author = excluded.author, extrinsic_count = excluded.extrinsic_count,
            event_count = excluded.event_count
            """, logger: logger)
        if !x.flags.isEmpty {
            try await connection.query(
                """
                INSERT INTO extrinsics (block, idx, hash, signer, nonce, call, success)
                SELECT * FROM unnest(\(x.integers[0])::bigint[], \(x.integers[1])::bigint[], \(x.texts[2])::text[],
                \(x.texts[3])::text[], \(x.integers[4])::bigint[], \(x.texts[5])::text[], \(x.flags)::boolean[])
                ON CONFLICT (block, idx) DO UPDATE SET hash = excluded.hash, signer = excluded.signer,
                nonce = excluded.nonce, call = excluded.call, success = excluded.success
                """, logger: logger)
        }
        if !e.integers[0].isEmpty {
            try await connection.query(
                """
                INSERT INTO events (block, idx, extrinsic_idx, name, fields)
                SELECT b, i, NULLIF(x, -1), n, f FROM unnest(\(e.integers[0])::bigint[], \(e.integers[1])::bigint[],
                \(e.integers[2])::bigint[], \(e.texts[3])::text[], \(e.texts[4])::text[]) AS t (b, i, x, n, f)
                ON CONFLICT (block, idx) DO UPDATE SET extrinsic_idx = excluded.extrinsic_idx, name = excluded.name,
                fields = excluded.fields
                """, logger: logger)
        }
        if !a.texts[0].isEmpty {
            try await connection.query(
                """
                INSERT INTO event_accounts (account, block, idx)
                SELECT * FROM unnest(\(a.texts[0])::text[], \(a.integers[1])::bigint[], \(a.integers[2])::bigint[])
                ON CONFLICT DO NOTHING
                """, logger: logger)
        }
        if !r.integers[0].isEmpty {
            try await connection.query(
                """
                INSERT INTO registrations (block, idx, extrinsic_idx, netuid, uid, hotkey)
                SELECT b, i, NULLIF(x, -1), n, u, h FROM unnest(\(r.integers[0])::bigint[], \(r.integers[1])::bigint[],
                \(r.integers[2])::bigint[], \(r.integers[3])::bigint[], \(r.integers[4])::bigint[], \(r.texts[5])::text[])
                AS t (b, i, x, n, u, h)
                ON CONFLICT (block, idx) DO UPDATE SET extrinsic_idx = excluded.extrinsic_idx, netuid = excluded.netuid,
                uid = excluded.uid, hotkey = excluded.hotkey
                """, logger: logger)
        }
        for statement in counts.statements { try await connection.query(statement.postgresQuery, logger: logger) }
    }

    /// How the batch changes the counts, read before it is written: blocks not stored yet, and
    /// registrations per subnet, less those it replaces.
    func countChanges(on connection: PostgresConnection, logger: Logger) async throws -> CountChanges {
        var changes = CountChanges()
        let numbers = Array(Set(blocks.integers[0]))
        for try await stored in try await connection.query(
            "SELECT COUNT(*) FROM blocks WHERE number = ANY(\(numbers)::bigint[])", logger: logger
        ).decode(Int64.self) {
            changes.blocks = Int64(numbers.count) - stored
        }
        let r = registrations
        guard !r.integers[0].isEmpty else { return changes }
        for netuid in r.integers[3] { changes.registrations[netuid, default: 0] += 1 }
        for try await netuid in try await connection.query(
            """
            SELECT g.netuid FROM registrations g JOIN unnest(\(r.integers[0])::bigint[], \(r.integers[1])::bigint[])
            AS t (b, i) ON g.block = t.b AND g.idx = t.i
            """, logger: logger
        ).decode(Int64.self) {
            changes.registrations[netuid, default: 0] -= 1
        }
        return changes
    }
}
