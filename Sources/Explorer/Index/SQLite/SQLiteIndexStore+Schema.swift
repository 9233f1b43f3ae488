import GRDB

extension SQLiteIndexStore {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE blocks (
                        number INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, parent_hash TEXT NOT NULL,
                        timestamp INTEGER NOT NULL, author TEXT NOT NULL,
                        extrinsic_count INTEGER NOT NULL, event_count INTEGER NOT NULL);
                    CREATE TABLE extrinsics (
                        block INTEGER NOT NULL, idx INTEGER NOT NULL, hash TEXT NOT NULL, signer TEXT NOT NULL,
                        nonce INTEGER NOT NULL, call TEXT NOT NULL, success INTEGER NOT NULL,
                        PRIMARY KEY (block, idx));
                    CREATE INDEX extrinsics_hash ON extrinsics (hash);
                    CREATE INDEX extrinsics_signer ON extrinsics (signer);
                    CREATE TABLE events (
                        block INTEGER NOT NULL, idx INTEGER NOT NULL, extrinsic_idx INTEGER, name TEXT NOT NULL,
                        fields TEXT NOT NULL, PRIMARY KEY (block, idx));
                    CREATE INDEX events_name ON events (name);
                    CREATE TABLE chain_samples (
                        block INTEGER PRIMARY KEY, total_issuance INTEGER NOT NULL, total_stake INTEGER NOT NULL,
                        total_emission INTEGER NOT NULL);
                    CREATE TABLE subnet_samples (
                        block INTEGER NOT NULL, netuid INTEGER NOT NULL, neurons INTEGER NOT NULL,
                        uid_limit INTEGER NOT NULL, difficulty INTEGER NOT NULL, burn INTEGER NOT NULL,
                        stake INTEGER NOT NULL, sequence_length INTEGER NOT NULL, emission INTEGER NOT NULL,
                        PRIMARY KEY (netuid, block));
                    CREATE TABLE metagraphs (netuid INTEGER PRIMARY KEY, block INTEGER NOT NULL, json TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v2 activity") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event_accounts (
                        account TEXT NOT NULL, block INTEGER NOT NULL, idx INTEGER NOT NULL,
                        PRIMARY KEY (account, block, idx));
                    CREATE TABLE registrations (
                        block INTEGER NOT NULL, idx INTEGER NOT NULL, extrinsic_idx INTEGER, netuid INTEGER NOT NULL,
                        uid INTEGER NOT NULL, hotkey TEXT NOT NULL, PRIMARY KEY (block, idx));
                    CREATE INDEX registrations_netuid ON registrations (netuid, block, idx);
                    CREATE INDEX extrinsics_call ON extrinsics (call);
                    CREATE TABLE hyperparameters (netuid INTEGER PRIMARY KEY, block INTEGER NOT NULL, json TEXT NOT NULL);
                    """)
            // Events written before this version get their derived rows now.
            let events = try Row.fetchCursor(db, sql: "SELECT \(IndexSQL.eventColumns) FROM events")
            while let row = try events.next() {
                try Self.insertDerivedRows(of: Self.event(row), db)
            }
        }
        migrator.registerMigration("v3 list indexes") { db in
            // Filtered lists read newest first straight from these indexes, without sorting.
            try db.execute(
                sql: """
                    DROP INDEX extrinsics_signer;
                    DROP INDEX extrinsics_call;
                    DROP INDEX events_name;
                    CREATE INDEX extrinsics_signer ON extrinsics (signer, block, idx);
                    CREATE INDEX extrinsics_call ON extrinsics (call, block, idx);
                    CREATE INDEX events_name ON events (name, block, idx);
                    """)
        }
        migrator.registerMigration("v4 samples by block") { db in
            // A sample's subnet rows are read by block (the latest sample, a sample at a block).
            try db.execute(sql: "CREATE INDEX subnet_samples_block ON subnet_samples (block)")
        }
        migrator.registerMigration("v5 counts and days") { db in
            // Pagination totals kept as rows are written, and blocks found by UTC day through an index.
            try db.execute(sql: IndexSQL.countsTable)
            try db.execute(sql: IndexSQL.countsBackfill)
            try db.execute(sql: IndexSQL.blocksDayIndex)
        }
        return migrator
    }
}

/// Keys of the `meta` table.
enum MetaKey: String {
    case genesisHash = "genesis_hash"
    case chainName = "chain_name"
    case nodeHead = "node_head"
    case nodeHeadSeenAt = "node_head_seen_at"
    case updatedAt = "updated_at"
}

extension Database {
    func meta(_ key: MetaKey) throws -> String? {
        try String.fetchOne(self, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key.rawValue])
    }

    func setMeta(_ key: MetaKey, _ value: String) throws {
        try execute(
            sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key.rawValue, value])
    }
}
