import Runtime
import Testing

@testable import Node

@Suite("Block store state")
struct BlockStoreStateTests {
    /// A block `number` on `parent` that makes `changes` and nothing else.
    private func block(_ number: UInt64, on parent: [UInt8], _ changes: [StateChange]) -> StoredBlock {
        StoredBlock(
            number: number, hash: SyntheticChain.bytes(seed: number, tag: 1, count: 32), parentHash: parent,
            stateRoot: [UInt8](repeating: UInt8(number), count: 32),
            extrinsicsRoot: [UInt8](repeating: 0, count: 32),
            timestamp: number * 12_000, encodedHeader: [UInt8(number)], stateChanges: changes)
    }

    @Test func upsertsAndDeletesAcrossBlocksLeaveTheLatestValues() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath)
        let genesis = block(
            0, on: [UInt8](repeating: 0, count: 32),
            [
                StateChange(key: [1], value: [10]), StateChange(key: [2], value: [20]),
                StateChange(key: [3], value: [30]),
            ])
        let one = block(
            1, on: genesis.hash,
            [
                StateChange(key: [1], value: [11]), StateChange(key: [2], value: nil),
                StateChange(key: [4], value: [40]),
            ])
        let two = block(
            2, on: one.hash,
            [
                StateChange(key: [2], value: [22]), StateChange(key: [3], value: nil),
                StateChange(key: [9], value: nil),
            ])
        try await store.commitGenesis(genesis)
        try await store.commit(one)
        #expect(try await store.stateValue(key: [2]) == nil)
        #expect(try await store.stateValue(key: [1]) == [11])
        try await store.commit(two)
        #expect(
            try await store.stateEntries() == [
                StateEntry(key: [1], value: [11]), StateEntry(key: [2], value: [22]),
                StateEntry(key: [4], value: [40]),
            ])
        #expect(try await store.stateEntryCount() == 3)
        #expect(try await store.stateChanges(inBlock: 1) == one.stateChanges)
    }

    @Test func theLastChangeToAKeyInABlockWins() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath)
        let genesis = block(
            0, on: [UInt8](repeating: 0, count: 32),
            [
                StateChange(key: [5], value: [1]), StateChange(key: [5], value: nil),
                StateChange(key: [6], value: nil),
                StateChange(key: [6], value: [2]), StateChange(key: [7], value: [3]),
                StateChange(key: [7], value: [4]),
            ])
        try await store.commitGenesis(genesis)
        #expect(
            try await store.stateEntries() == [
                StateEntry(key: [6], value: [2]), StateEntry(key: [7], value: [4]),
            ])
    }

    @Test func aSnapshotPairsTheStateWithItsHead() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(4, extrinsics: 30)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        for block in blocks { try await store.commit(block) }
        let snapshot = try await store.stateSnapshot()
        #expect(snapshot.head?.number == 4)
        #expect(snapshot.entries == expectedState(after: [genesis] + blocks))
    }
}
