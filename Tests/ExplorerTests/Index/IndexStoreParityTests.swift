import Foundation
import Logging
import Testing

@testable import Explorer

@Suite("SQLite and PostgreSQL give the same answers", .enabled(if: PostgresTestDatabase.enabled))
struct IndexStoreParityTests {
    @Test("same content, same reads, same answers", arguments: ParityCase.all)
    func parity(_ parityCase: ParityCase) async throws {
        let sqlite = try temporarySQLiteStore()
        try await IndexFixture.fill(sqlite)
        try await PostgresTestDatabase.withFreshStore { postgres in
            try await IndexFixture.fill(postgres)
            for (number, read) in parityCase.reads.enumerated() {
                let expected = try await read(sqlite)
                let answer = try await read(postgres)
                #expect(answer == expected, "read \(number) of \(parityCase.name)")
            }
        }
    }

    @Test("PostgreSQL: resume where the index ends, refuse another chain, keep the first batch")
    func resumeAndOtherChain() async throws {
        try await PostgresTestDatabase.withFreshStore { postgres in
            try await IndexFixture.fill(postgres)
            let again = try await PostgresIndexStore(location: postgres.location, logger: Logger(label: "test"))
            #expect(try await again.lastIndexedBlock() == 29)
            #expect(try await again.chainIdentity() == IndexFixture.identity)
            try await again.bind(to: IndexFixture.identity)
            let other = ChainIdentity(genesisHash: "0x" + String(repeating: "ab", count: 32), chainName: "Other")
            await #expect(throws: IndexStoreError.otherChain(stored: IndexFixture.identity, offered: other)) {
                try await again.bind(to: other)
            }
            #expect(try await again.chainIdentity() == IndexFixture.identity)
            await again.close()
        }
    }

    @Test("the kept counts match the rows, and writing blocks again leaves them as they were")
    func countsSurviveRewrites() async throws {
        try await Self.checkCounts(try temporarySQLiteStore())
        try await PostgresTestDatabase.withFreshStore { postgres in try await Self.checkCounts(postgres) }
    }

    static func checkCounts(_ store: any IndexStore) async throws {
        try await IndexFixture.fill(store)
        func counts() async throws -> [Int] {
            var counts = [try await store.blockCount()]
            for netuid in SyntheticChain.netuids {
                let rows = try await store.registrations(netuid: netuid, limit: 1_000, offset: 0).count
                #expect(try await store.registrationCount(netuid: netuid) == rows)
                counts.append(rows)
            }
            return counts
        }
        let before = try await counts()
        #expect(before[0] == IndexFixture.blocks.count && before.dropFirst().allSatisfy { $0 > 0 })
        try await store.write(Array(IndexFixture.blocks[5..<12]))
        #expect(try await counts() == before)
    }

    @Test("PostgreSQL: a batch that fails writes nothing")
    func failedBatchWritesNothing() async throws {
        try await PostgresTestDatabase.withFreshStore { postgres in
            try await postgres.bind(to: IndexFixture.identity)
            try await postgres.write(Array(IndexFixture.blocks[0..<3]))
            var broken = Array(IndexFixture.blocks[3..<6])
            broken[2].hash = broken[0].hash  // a second block with one hash breaks the UNIQUE rule
            await #expect(throws: IndexStoreError.self) { try await postgres.write(broken) }
            #expect(try await postgres.lastIndexedBlock() == 2)
            #expect(try await postgres.eventCount(name: nil, block: 3) == 0)
        }
    }

    @Test("PostgreSQL: a wrong password names the server and the reason")
    func wrongPassword() async throws {
        guard let url = PostgresTestDatabase.url else { return }
        var location = try PostgresLocation(url: url)
        location.password = "not-the-password"
        await #expect {
            try await PostgresIndexStore(location: location, logger: Logger(label: "test"))
        } throws: { error in
            guard case .cannotConnect(let host, let port, let reason) = error as? IndexStoreError else { return false }
            return host == location.host && port == location.port && reason.contains("password")
        }
    }
}
