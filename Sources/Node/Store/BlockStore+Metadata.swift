import Foundation
import GRDB

extension BlockStore {
    /// The bytes stored under `key`, or `nil` if it was never set.
    public func metadata(_ key: MetadataKey) async throws(BlockStoreError) -> [UInt8]? {
        try await read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT value FROM metadata WHERE key = ?"), arguments: [key.rawValue]
            ).map { try $0.bytes(at: 0) }
        }
    }

    /// Stores `value` under `key`, or removes the entry when `value` is `nil`, in its own transaction.
    public func setMetadata(_ key: MetadataKey, _ value: [UInt8]?) async throws(BlockStoreError) {
        try await write { db in
            if let value {
                try Self.setMetadata(key, Data(value), in: db)
            } else {
                try db.cachedStatement(sql: "DELETE FROM metadata WHERE key = ?").execute(arguments: [
                    key.rawValue
                ])
            }
        }
    }

    /// The hash of the genesis block, or `nil` before it is committed.
    public func genesisHash() async throws(BlockStoreError) -> [UInt8]? {
        try await metadata(.genesisHash)
    }

    /// The chain name, or `nil` if it was never set.
    public func chainName() async throws(BlockStoreError) -> String? {
        try await metadata(.chainName).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Records the chain name.
    public func setChainName(_ name: String) async throws(BlockStoreError) {
        try await setMetadata(.chainName, Array(name.utf8))
    }

    /// The runtime spec version, or `nil` if it was never set.
    public func specVersion() async throws(BlockStoreError) -> UInt32? {
        guard let bytes = try await metadata(.specVersion) else { return nil }
        guard bytes.count == 4 else { throw .corruptRow("specVersion has \(bytes.count) bytes, not 4") }
        return bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Records the runtime spec version.
    public func setSpecVersion(_ version: UInt32) async throws(BlockStoreError) {
        try await setMetadata(.specVersion, (0..<4).map { UInt8(truncatingIfNeeded: version >> ($0 * 8)) })
    }

    /// Writes one metadata entry inside the caller's transaction.
    static func setMetadata(_ key: MetadataKey, _ value: Data, in db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT OR REPLACE INTO metadata (key, value) VALUES (?, coalesce(?, x''))"
        )
        .execute(arguments: [key.rawValue, value])
    }
}
