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
