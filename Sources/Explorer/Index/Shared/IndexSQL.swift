/// The read queries both stores run, written once in SQL that SQLite and PostgreSQL read alike, so
/// that the same question gets the same answer from either.
enum IndexSQL {
    /// Columns of an extrinsic: block, idx, hash, signer, nonce, call, success.
    static let extrinsicColumns = "block, idx, hash, signer, nonce, call, success"
    /// Columns of an event: block, idx, extrinsic_idx, name, fields.
    static let eventColumns = "block, idx, extrinsic_idx, name, fields"

    static func extrinsics(limit: Int, offset: Int, signer: String?, call: String?) -> SQLStatement {
        let filter = extrinsicFilter(signer: signer, call: call)
        return SQLStatement(
            text: "SELECT \(extrinsicColumns) FROM extrinsics\(filter.text) ORDER BY block DESC, idx DESC LIMIT ? OFFSET ?",
            arguments: filter.arguments + page(limit, offset))
    }

    static func extrinsicCount(signer: String?, call: String?) -> SQLStatement {
        let filter = extrinsicFilter(signer: signer, call: call)
        return SQLStatement(text: "SELECT COUNT(*) FROM extrinsics\(filter.text)", arguments: filter.arguments)
    }

    static func events(limit: Int, offset: Int, name: String?, block: UInt64?) -> SQLStatement {
        let filter = eventFilter(name: name, block: block)
        return SQLStatement(
            text: "SELECT \(eventColumns) FROM events\(filter.text) ORDER BY block DESC, idx DESC LIMIT ? OFFSET ?",
            arguments: filter.arguments + page(limit, offset))
    }

    static func eventCount(name: String?, block: UInt64?) -> SQLStatement {
        let filter = eventFilter(name: name, block: block)
        return SQLStatement(text: "SELECT COUNT(*) FROM events\(filter.text)", arguments: filter.arguments)
    }

    static func events(mentioning account: String, limit: Int, offset: Int) -> SQLStatement {
        SQLStatement(
            text: """
                SELECT e.block, e.idx, e.extrinsic_idx, e.name, e.fields FROM event_accounts a
                JOIN events e ON e.block = a.block AND e.idx = a.idx
                WHERE a.account = ? ORDER BY a.block DESC, a.idx DESC LIMIT ? OFFSET ?
                """,
            arguments: [.text(account)] + page(limit, offset))
    }

    static func eventCount(mentioning account: String) -> SQLStatement {
        SQLStatement(text: "SELECT COUNT(*) FROM event_accounts WHERE account = ?", arguments: [.text(account)])
    }

    /// Columns: block, timestamp, idx, extrinsic_idx, signer, netuid, uid, hotkey.
    static func registrations(netuid: UInt16, limit: Int, offset: Int) -> SQLStatement {
        SQLStatement(
            text: """
                SELECT r.block, b.timestamp, r.idx, r.extrinsic_idx, x.signer, r.netuid, r.uid, r.hotkey
                FROM registrations r JOIN blocks b ON b.number = r.block
                LEFT JOIN extrinsics x ON x.block = r.block AND x.idx = r.extrinsic_idx
                WHERE r.netuid = ? ORDER BY r.block DESC, r.idx DESC LIMIT ? OFFSET ?
                """,
            arguments: [.int(Int(netuid))] + page(limit, offset))
    }

    /// The stored hyperparameters of a subnet: block, json.
    static func hyperparameters(netuid: UInt16) -> SQLStatement {
        SQLStatement(text: "SELECT block, json FROM hyperparameters WHERE netuid = ?", arguments: [.int(Int(netuid))])
    }

    /// Replaces a subnet's hyperparameters unless the stored ones are from a later block.
    static func upsertHyperparameters(_ record: StoredHyperparameters, json: String) -> SQLStatement {
        SQLStatement(
            text: """
                INSERT INTO hyperparameters (netuid, block, json) VALUES (?, ?, ?)
                ON CONFLICT (netuid) DO UPDATE SET block = excluded.block, json = excluded.json
                WHERE excluded.block >= hyperparameters.block
                """,
            arguments: [.int(Int(record.netuid)), .unsigned(record.block), .text(json)])
    }

    /// LIMIT and OFFSET arguments, never negative.
    static func page(_ limit: Int, _ offset: Int) -> [SQLArgument] {
        [.int(max(0, limit)), .int(max(0, offset))]
    }

    private static func extrinsicFilter(signer: String?, call: String?) -> SQLStatement {
        conditions([("signer = ?", signer.map(SQLArgument.text)), ("call = ?", call.map(SQLArgument.text))])
    }

    private static func eventFilter(name: String?, block: UInt64?) -> SQLStatement {
        conditions([("name = ?", name.map(SQLArgument.text)), ("block = ?", block.map(SQLArgument.unsigned))])
    }

    /// ` WHERE a AND b` over the conditions whose argument is present (empty when none is).
    private static func conditions(_ items: [(String, SQLArgument?)]) -> SQLStatement {
        let present = items.compactMap { item in item.1.map { (item.0, $0) } }
        guard !present.isEmpty else { return SQLStatement(text: "", arguments: []) }
        return SQLStatement(
            text: " WHERE " + present.map(\.0).joined(separator: " AND "), arguments: present.map(\.1))
    }
}
