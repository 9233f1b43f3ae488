import Foundation
import Testing

@testable import Node

@Suite("Store benchmark")
struct StoreBenchmarkTests {
    @Test func aSmallRunReportsConsistentFigures() async throws {
        let figures = try await StoreBenchmark.run(
            blocks: 2, extrinsicsPerBlock: 300, genesisStateEntries: 1_000)
        #expect(figures.blocks == 2)
        #expect(figures.stateEntries > 1_000)
        #expect(figures.extrinsicsPerSecond > 0)
        #expect(figures.stateEntriesPerSecond > 0)
        #expect(figures.databaseBytes > 0)
        #expect(figures.description.contains("extrinsics/s"))
    }

    /// The full measurement: `YUMA_STORE_BENCH=1 swift test --filter StoreBenchmarkTests`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["YUMA_STORE_BENCH"] != nil))
    func fiveThousandExtrinsicBlocks() async throws {
        for durability in [StoreDurability.full, .normal] {
            let figures = try await StoreBenchmark.run(
                blocks: 20, extrinsicsPerBlock: 5_000, genesisStateEntries: 200_000, durability: durability)
            print(figures)
        }
    }
}
