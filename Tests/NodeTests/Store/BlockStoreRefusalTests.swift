import Testing

@testable import Node

@Suite("Block store refusals")
struct BlockStoreRefusalTests {
    /// A store holding genesis and block 1, with block 2 ready to commit.
    private static func storeAtBlockOne(_ directory: TemporaryDirectory) async throws -> (
        BlockStore, StoredBlock
    ) {
        let (genesis, blocks) = syntheticBlocks(2, extrinsics: 6)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        try await store.commit(blocks[0])
        return (store, blocks[1])
    }

    /// One way to spoil the next block, and the error the store must answer with.
    struct Spoiled: CustomTestStringConvertible, Sendable {
        let name: String
        let spoil: @Sendable (inout StoredBlock) -> Void
        /// The expected error, or `nil` for any ``BlockStoreError/database(_:)`` (SQLite refused it).
        let error: BlockStoreError?
        var testDescription: String { name }
    }

    static let spoiledBlocks: [Spoiled] = [
        Spoiled(
            name: "skips a number", spoil: { $0.number = 3 },
            error: .notNextBlock(number: 3, headNumber: 1)),
        Spoiled(
            name: "repeats the head", spoil: { $0.number = 1 },
            error: .notNextBlock(number: 1, headNumber: 1)),
        Spoiled(
            name: "builds on another parent", spoil: { $0.parentHash = [UInt8](repeating: 7, count: 32) },
            error: .parentMismatch(
                number: 2, parentHash: [UInt8](repeating: 7, count: 32),
                headHash: SyntheticChain.bytes(seed: 1, tag: 1, count: 32))),
        Spoiled(
            name: "has a short hash", spoil: { $0.hash = [1, 2, 3] },
            error: .wrongLength(field: "block hash", expected: 32, actual: 3)),
        Spoiled(
            name: "has a long state root", spoil: { $0.stateRoot += [0] },
            error: .wrongLength(field: "state root", expected: 32, actual: 33)),
        Spoiled(
            name: "has a short signer", spoil: { $0.extrinsics[2].signer = [] },
            error: .wrongLength(field: "signer of extrinsic 2", expected: 32, actual: 0)),
        Spoiled(
            name: "numbers extrinsics out of order", spoil: { $0.extrinsics.swapAt(0, 1) },
            error: .indexOutOfOrder(kind: "extrinsic", position: 0, index: 1)),
        Spoiled(
            name: "numbers events out of order", spoil: { $0.events[3].index = 9 },
            error: .indexOutOfOrder(kind: "event", position: 3, index: 9)),
        Spoiled(
            name: "has an event of a missing extrinsic", spoil: { $0.events[1].extrinsicIndex = 6 },
            error: .unknownExtrinsicIndex(eventIndex: 1, extrinsicIndex: 6)),
        Spoiled(
            name: "reuses a committed block hash",
            spoil: { $0.hash = SyntheticChain.bytes(seed: 1, tag: 1, count: 32) },
            error: nil),
    ]

    @Test(arguments: spoiledBlocks)
    func aSpoiledBlockIsRefusedAndChangesNothing(_ case: Spoiled) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (store, next) = try await Self.storeAtBlockOne(directory)
        var block = next
        `case`.spoil(&block)
        let before = try await StoreFingerprint(store)
        let error = await #expect(throws: BlockStoreError.self) { try await store.commit(block) }
        switch (`case`.error, error) {
        case (let expected?, let actual): #expect(actual == expected)
        case (nil, .database?): break
        case (nil, let actual): Issue.record("expected a database error, got \(String(describing: actual))")
        }
        #expect(try await StoreFingerprint(store) == before)
        try await store.commit(next)
        #expect(try await store.head()?.number == 2)
    }

    @Test func aBlockBeforeGenesisIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath)
        let (_, blocks) = syntheticBlocks(1)
        await #expect(throws: BlockStoreError.noGenesis) { try await store.commit(blocks[0]) }
        #expect(try await store.tableCounts() == [0, 0, 0, 0, 0, 0, 0])
    }

    @Test func aSecondGenesisIsRefusedAndChangesNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (store, _) = try await Self.storeAtBlockOne(directory)
        let before = try await StoreFingerprint(store)
        let other = SyntheticChain(accounts: 3).genesis(stateEntries: 3)
        await #expect(throws: BlockStoreError.genesisAlreadyCommitted(headNumber: 1)) {
            try await store.commitGenesis(other)
        }
        #expect(try await StoreFingerprint(store) == before)
    }

    @Test func aGenesisWithANonZeroNumberIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath)
        var genesis = SyntheticChain().genesis(stateEntries: 1)
        genesis.number = 5
        await #expect(throws: BlockStoreError.genesisNumberNotZero(5)) {
            try await store.commitGenesis(genesis)
        }
        #expect(try await store.head() == nil)
    }

    @Test func errorMessagesSayWhatToDoNext() {
        #expect(
            BlockStoreError.notNextBlock(number: 9, headNumber: 4).description
                == "block #9 does not follow the head #4; commit block #5 next")
        #expect(BlockStoreError.noGenesis.description.contains("commitGenesis"))
    }
}
