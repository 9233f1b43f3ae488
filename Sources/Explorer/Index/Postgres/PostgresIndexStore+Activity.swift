import PostgresNIO

extension PostgresIndexStore {
    /// Extrinsics newest first, optionally filtered by signer and call.
    public func extrinsics(limit: Int, offset: Int, signer: String?, call: String?) async throws(IndexStoreError)
        -> [IndexedExtrinsic]
    {
        try await fetch(IndexSQL.extrinsics(limit: limit, offset: offset, signer: signer, call: call), Self.extrinsic)
    }

    /// How many extrinsics match the filters.
    public func extrinsicCount(signer: String?, call: String?) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.extrinsicCount(signer: signer, call: call))
    }

    /// Events newest first, optionally filtered by name and block.
    public func events(limit: Int, offset: Int, name: String?, block: UInt64?) async throws(IndexStoreError)
        -> [IndexedEvent]
    {
        try await fetch(IndexSQL.events(limit: limit, offset: offset, name: name, block: block), Self.event)
    }

    /// How many events match the filters.
    public func eventCount(name: String?, block: UInt64?) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.eventCount(name: name, block: block))
    }

    /// Events newest first that mention `account`.
    public func events(mentioning account: String, limit: Int, offset: Int) async throws(IndexStoreError)
        -> [IndexedEvent]
    {
        try await fetch(IndexSQL.events(mentioning: account, limit: limit, offset: offset), Self.event)
    }

    /// How many events mention `account`.
    public func eventCount(mentioning account: String) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.eventCount(mentioning: account))
    }

    /// Neuron registrations of `netuid`, newest first.
    public func registrations(netuid: UInt16, limit: Int, offset: Int) async throws(IndexStoreError)
        -> [NeuronRegistration]
    {
        try await fetch(IndexSQL.registrations(netuid: netuid, limit: limit, offset: offset)) { row in
            let v = try row.decode((Int64, Int64, Int64, Int64?, String?, Int64, Int64, String).self)
            return NeuronRegistration(
                blockNumber: UInt64(stored: v.0), timestamp: UInt64(stored: v.1), eventIndex: UInt32(truncatingIfNeeded: v.2),
                extrinsicIndex: v.3.map { UInt32(truncatingIfNeeded: $0) }, signer: v.4,
                netuid: UInt16(truncatingIfNeeded: v.5), uid: UInt16(truncatingIfNeeded: v.6), hotkey: v.7)
        }
    }

    /// How many registrations `netuid` has had.
    public func registrationCount(netuid: UInt16) async throws(IndexStoreError) -> Int {
        try await count(IndexSQL.count(IndexSQL.registrationsCount, key: Int64(netuid)))
    }

    /// The latest stored hyperparameters of `netuid`.
    public func hyperparameters(netuid: UInt16) async throws(IndexStoreError) -> StoredHyperparameters? {
        let stored = try await fetch(IndexSQL.hyperparameters(netuid: netuid)) {
            try $0.decode((Int64, String).self)
        }.first
        guard let (block, json) = stored else { return nil }
        return StoredHyperparameters(
            netuid: netuid, block: UInt64(stored: block), parameters: try HyperparametersJSON.decode(json, netuid: netuid))
    }
}
