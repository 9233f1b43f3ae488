import GRDB

extension SQLiteIndexStore {
    /// Writes what the index derives from `event` (the accounts it mentions and its registration),
    /// noting in `counts` a registration that is new or moves to another subnet.
    static func insertDerivedRows(of event: IndexedEvent, _ db: Database, counts: inout CountChanges) throws {
        if event.name == EventDerivation.registrationEvent,
            let replaced = try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT netuid FROM registrations WHERE block = ? AND idx = ?"),
                arguments: [event.blockNumber.stored, Int64(event.index)])
        {
            counts.registrations[replaced, default: 0] -= 1
        }
        if let registration = try insertDerivedRows(of: event, db) {
            counts.registrations[Int64(registration), default: 0] += 1
        }
    }

    /// Writes what the index derives from `event`: the accounts it mentions and its registration,
    /// whose subnet it returns.
    @discardableResult
    static func insertDerivedRows(of event: IndexedEvent, _ db: Database) throws -> UInt16? {
        let block = event.blockNumber.stored
        let index = Int64(event.index)
        for account in EventDerivation.accounts(inFields: event.fieldsJSON) {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO event_accounts (account, block, idx) VALUES (?, ?, ?)")
                .execute(arguments: [account, block, index])
        }
        if let registration = EventDerivation.registration(event) {
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO registrations (block, idx, extrinsic_idx, netuid, uid, hotkey)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                block, index, event.extrinsicIndex.map { Int64($0) }, Int64(registration.netuid),
                Int64(registration.uid), registration.hotkey,
            ])
            return registration.netuid
        }
        return nil
    }

    static func event(_ row: Row) -> IndexedEvent {
        IndexedEvent(
            blockNumber: UInt64(stored: row["block"]), index: UInt32(truncatingIfNeeded: row["idx"] as Int64),
            extrinsicIndex: (row["extrinsic_idx"] as Int64?).map { UInt32(truncatingIfNeeded: $0) },
            name: row["name"], fieldsJSON: row["fields"])
    }
}

extension SQLStatement {
    /// The arguments as GRDB binds them.
    var statementArguments: StatementArguments {
        StatementArguments(
            arguments.map { argument -> (any DatabaseValueConvertible)? in
                switch argument {
                case .integer(let value): value
                case .text(let value): value
                case .null: nil
                }
            })
    }
}
