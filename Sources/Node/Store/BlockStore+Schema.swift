import GRDB

extension BlockStore {
    /// The schema migrations, in order; a released migration is never edited, only followed by a new one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: blocks, extrinsics, events, state, head, metadata") { db in
            try db.execute(sql: schemaV1)
        }
        migrator.registerMigration("v2: block stats") { db in
            try db.execute(sql: schemaV2)
        }
        return migrator
    }

    /// Version 1 of the schema; see the Store article for the meaning of every table.
    static let schemaV1 = """
        CREATE TABLE block (
            number INTEGER PRIMARY KEY,
            hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
            parentHash BLOB NOT NULL CHECK (length(parentHash) = 32),
            stateRoot BLOB NOT NULL CHECK (length(stateRoot) = 32),
            extrinsicsRoot BLOB NOT NULL CHECK (length(extrinsicsRoot) = 32),
            timestamp INTEGER NOT NULL,
            header BLOB NOT NULL
        );
        CREATE TABLE extrinsic (
            blockNumber INTEGER NOT NULL REFERENCES block(number),
            position INTEGER NOT NULL,
            hash BLOB NOT NULL CHECK (length(hash) = 32),
            signer BLOB NOT NULL CHECK (length(signer) = 32),
            nonce INTEGER NOT NULL,
            succeeded INTEGER NOT NULL,
            callName TEXT NOT NULL,
            encoded BLOB NOT NULL,
            PRIMARY KEY (blockNumber, position)
        );
        CREATE INDEX extrinsicByHash ON extrinsic(hash);
        CREATE TABLE event (
            blockNumber INTEGER NOT NULL REFERENCES block(number),
            position INTEGER NOT NULL,
            extrinsicPosition INTEGER,
            name TEXT NOT NULL,
            encoded BLOB NOT NULL,
            PRIMARY KEY (blockNumber, position)
        );
        CREATE INDEX eventByName ON event(name, blockNumber, position);
        CREATE TABLE stateChange (
            blockNumber INTEGER NOT NULL REFERENCES block(number),
            position INTEGER NOT NULL,
            key BLOB NOT NULL,
            value BLOB,
            PRIMARY KEY (blockNumber, position)
        );
        CREATE TABLE state (
            key BLOB PRIMARY KEY NOT NULL,
            value BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE head (
            id INTEGER PRIMARY KEY CHECK (id = 0),
            number INTEGER NOT NULL REFERENCES block(number)
        );
        CREATE TABLE metadata (
            key TEXT PRIMARY KEY NOT NULL,
            value BLOB NOT NULL
        );
        """

    /// Version 2 adds the Network Roundup figures of each block's post-state (JSON, opaque to the store).
    static let schemaV2 = """
        CREATE TABLE blockStats (
            blockNumber INTEGER PRIMARY KEY REFERENCES block(number),
            encoded BLOB NOT NULL
        );
        """

    /// Brings the schema up to date, refusing a file written by a newer Yuma.
    func migrate() throws(BlockStoreError) {
        let migrator = Self.migrator
        do {
            let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
            if superseded { throw BlockStoreError.newerSchema(path: path) }
            try migrator.migrate(pool)
        } catch {
            throw Self.storeError(error)
        }
    }
}
