import Foundation
import Testing

@testable import Node

@Suite("Block store connections")
struct BlockStoreConcurrencyTests {
    @Test(arguments: [(StoreDurability.full, "2"), (.normal, "1")])
    func theWriterRunsInWALModeWithTheChosenSynchronousLevel(_ durability: StoreDurability, _ level: String)
        async throws
    {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try BlockStore(path: directory.storePath, durability: durability)
        #expect(try await store.writerPragma("journal_mode") == "wal")
        #expect(try await store.writerPragma("synchronous") == level)
        #expect(try await store.writerPragma("foreign_keys") == "1")
    }

    @Test func aLongReadNeitherDelaysACommitNorSeesIt() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(1, extrinsics: 200)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        let (opened, openedContinuation) = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let reader = Task {
            try await store.headsInHeldSnapshot(until: release) { openedContinuation.yield() }
        }
        for await _ in opened { break }
        // The reader holds its snapshot until released: a commit that waited for it would only
        // return after the reader timed out.
        try await store.commit(blocks[0])
        release.signal()
        #expect(try await store.head()?.number == 1)
        let heads = try await reader.value
        #expect(!heads.timedOut, "the commit waited for the open read")
        #expect(heads.first?.number == 0)
        #expect(heads.last?.number == 0)
    }

    @Test func concurrentCommitsOfTheSameNumberLetExactlyOneThrough() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (genesis, blocks) = syntheticBlocks(1, extrinsics: 50)
        let store = try BlockStore(path: directory.storePath)
        try await store.commitGenesis(genesis)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask { (try? await store.commit(blocks[0])) != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try await store.tableCounts()[0] == 2)
    }
}
