import GRDB

extension BlockStore {
    /// The GRDB configuration shared by the writer and the readers.
    ///
    /// - `journal_mode=WAL` (set by `DatabasePool`): a commit appends to the write-ahead log and becomes
    ///   visible atomically; readers keep reading their snapshot while the writer commits.
    /// - `synchronous` is set after opening, from ``StoreDurability``.
    /// - `foreign_keys=ON`: extrinsics, events and state changes must belong to a stored block.
    /// - `busy_timeout` 10 s: another process (a `yuma` tool reading the file) may briefly hold a lock;
    ///   wait for it instead of failing the commit.
    /// - `cache_size` 32 MiB and `temp_store=MEMORY`: a 5,000-extrinsic block and its indexes are built in
    ///   memory instead of spilling to disk mid-transaction.
    /// - `journal_size_limit` 64 MiB: the log file is truncated back after a checkpoint, so one large block
    ///   does not leave a large file behind.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "Yuma.BlockStore"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.maximumReaderCount = 4
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA cache_size = -32768")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
            }
        }
        return configuration
    }
}
