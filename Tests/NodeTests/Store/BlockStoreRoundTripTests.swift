import Foundation
import Runtime
import Testing

@testable import Node

@Suite("Block store round trips")
struct BlockStoreRoundTripTests {
    @Test func anEmptyStoreHasNoHeadAndCreatesItsDirectories() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath)
        #expect(try await store.head() == nil)
        #expect(try await store.stateEntries().isEmpty)
        #expect(try await store.block(number: 0) == nil)
        #expect(FileManager.default.fileExists(atPath: directory.storePath))
    }

    @Test func committedBlocksReadBackExactlyAfterReopening() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(3, extrinsics: 120)
        do {
            let store = try BlockStore(path: directory.storePath)
            try await store.commitGenesis(genesis)
            for block in blocks { try await store.commit(block) }
            try store.close()
            await #expect(throws: BlockStoreError.self) { try await store.head() }
        }
        let store = try BlockStore(path: directory.storePath)
        let last = try #require(blocks.last)
        #expect(try await store.head() == StoreHead(number: 3, hash: last.hash, stateRoot: last.stateRoot))
        for block in [genesis] + blocks {
            #expect(try await store.block(number: block.number) == block)
            #expect(try await store.block(hash: block.hash) == block)
            #expect(try await store.blockHash(number: block.number) == block.hash)
            #expect(try await store.blockNumber(hash: block.hash) == block.number)
            #expect(try await store.encodedHeader(number: block.number) == block.encodedHeader)
            #expect(try await store.encodedHeader(hash: block.hash) == block.encodedHeader)
            #expect(try await store.extrinsics(inBlock: block.number) == block.extrinsics)
            #expect(try await store.events(inBlock: block.number) == block.events)
            #expect(try await store.stateChanges(inBlock: block.number) == block.stateChanges)
        }
        #expect(try await store.stateEntries() == expectedState(after: [genesis] + blocks))
        #expect(try await store.genesisHash() == genesis.hash)
    }

    @Test func anExtrinsicIsFoundByHashWithItsBlockAndIndex() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(2, extrinsics: 10)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        for block in blocks { try await store.commit(block) }
        let wanted = blocks[1].extrinsics[7]
        #expect(
            try await store.extrinsic(hash: wanted.hash)
                == LocatedExtrinsic(blockNumber: 2, extrinsic: wanted))
        #expect(try await store.extrinsic(hash: [UInt8](repeating: 9, count: 32)) == nil)
    }

    @Test func eventsByNameComeNewestFirstUpToTheLimit() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(3, extrinsics: 4)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        for block in blocks { try await store.commit(block) }
        let all = blocks.reversed().flatMap { block in
            block.events.reversed().filter { $0.name == "balances.Transferred" }
                .map { LocatedEvent(blockNumber: block.number, event: $0) }
        }
        #expect(try await store.events(named: "balances.Transferred", limit: 100) == all)
        #expect(try await store.events(named: "balances.Transferred", limit: 5) == Array(all.prefix(5)))
        #expect(try await store.events(named: "balances.Transferred", limit: 0).isEmpty)
        #expect(try await store.events(named: "nothing.Happened", limit: 5).isEmpty)
        let initialization = try await store.events(named: "system.BlockInitialized", limit: 1)
        #expect(initialization.map(\.blockNumber) == [3])
        #expect(initialization.first?.event.extrinsicIndex == nil)
    }

    @Test func emptyByteStringsStayEmptyAndNeverBecomeDeletes() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var (genesis, blocks) = syntheticBlocks(1, extrinsics: 1)
        genesis.encodedHeader = []
        genesis.stateChanges = [StateChange(key: [], value: []), StateChange(key: [1], value: [])]
        blocks[0].extrinsics[0].encoded = []
        blocks[0].events[1].encoded = []
        blocks[0].stateChanges = [StateChange(key: [2], value: [])]
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        try await store.commit(blocks[0])
        #expect(try await store.block(number: 0) == genesis)
        #expect(try await store.block(number: 1) == blocks[0])
        #expect(try await store.stateValue(key: []) == [])
        #expect(try await store.stateValue(key: [2]) == [])
        #expect(try await store.stateEntries().count == 3)
    }

    @Test func metadataIsStoredAndSurvivesReopening() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        do {
            let store = try BlockStore(path: directory.storePath)
            #expect(try await store.chainName() == nil)
            try await store.setChainName("yuma-dev")
            try await store.setSpecVersion(0x0102_0304)
            try await store.setMetadata(MetadataKey(rawValue: "custom"), [1, 2, 3])
            try await store.setMetadata(MetadataKey(rawValue: "custom"), nil)
        }
        let store = try BlockStore(path: directory.storePath)
        #expect(try await store.chainName() == "yuma-dev")
        #expect(try await store.specVersion() == 0x0102_0304)
        #expect(try await store.metadata(.specVersion) == [4, 3, 2, 1])
        #expect(try await store.metadata(MetadataKey(rawValue: "custom")) == nil)
    }
}
