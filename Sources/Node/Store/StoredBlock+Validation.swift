extension StoredBlock {
    /// Checks everything the store can check without the database, before any write begins.
    func validate() throws(BlockStoreError) {
        guard number <= UInt64(Int64.max) else {
            throw .numberOutOfRange(field: "block number", value: number)
        }
        try Self.check(hash, "block hash")
        try Self.check(parentHash, "parent hash")
        try Self.check(stateRoot, "state root")
        try Self.check(extrinsicsRoot, "extrinsics root")
        for (position, extrinsic) in extrinsics.enumerated() {
            guard extrinsic.index == position else {
                throw .indexOutOfOrder(kind: "extrinsic", position: position, index: extrinsic.index)
            }
            try Self.check(extrinsic.hash, "hash of extrinsic \(position)")
            try Self.check(extrinsic.signer, "signer of extrinsic \(position)")
        }
        for (position, event) in events.enumerated() {
            guard event.index == position else {
                throw .indexOutOfOrder(kind: "event", position: position, index: event.index)
            }
            if let extrinsicIndex = event.extrinsicIndex, extrinsicIndex >= extrinsics.count {
                throw .unknownExtrinsicIndex(eventIndex: event.index, extrinsicIndex: extrinsicIndex)
            }
        }
    }

    /// Throws unless `bytes` is exactly 32 bytes long.
    private static func check(_ bytes: [UInt8], _ field: String) throws(BlockStoreError) {
        guard bytes.count == 32 else { throw .wrongLength(field: field, expected: 32, actual: bytes.count) }
    }
}
