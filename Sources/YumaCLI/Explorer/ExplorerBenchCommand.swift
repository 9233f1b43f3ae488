import ArgumentParser
import ChainClient
import Explorer
import Foundation
import Localnet
import Logging
import Node

/// `yuma explorer bench`: the indexer's catch-up rate from a node with a simulated day of history.
struct ExplorerBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the explorer: the indexer's catch-up rate, or page latency over a large index.",
        discussion: """
            --part catch-up (default): writes --blocks blocks 12 s apart (a subnet with registrations, then \
            --transfers transfers per block) into the node database at --base-path, unless it already holds \
            them; starts `yuma node` on that database in a separate process; then indexes it from genesis \
            into a fresh database and reports blocks per second. Keep --base-path to reuse the history.

            --part pages: fills --database (SQLite path or postgres:// URL) with synthetic blocks up to \
            --blocks (a Roundup sample per block), times the store's home-page reads, then serves it and \
            times --rounds requests of the home page, a subnet page and the series API over HTTP.
            """
    )

    @Option(name: .long, help: "catch-up or pages.")
    var part = "catch-up"

    @Option(name: .long, help: "Requests per page (pages part).")
    var rounds = 100

    @Option(name: .long, help: "Blocks of history (7200 = a day of 12 s blocks).")
    var blocks: UInt64 = 7_200

    @Option(name: .long, help: "Transfers in each block of history.")
    var transfers = 2

    @Option(name: .customLong("base-path"), help: "The node's database directory (kept; default: a temporary one).")
    var basePath: String?

    @Option(name: .long, help: "The empty index database to fill: a SQLite path or a postgres:// URL (default: a fresh temporary SQLite file).")
    var database: String?

    @Option(name: .customLong("batch-size"), help: "Blocks written per transaction.")
    var batchSize = 512

    @Option(name: .customLong("concurrent-fetches"), help: "yuma_blockRange calls in flight.")
    var concurrentFetches = 4

    @Option(name: .customLong("blocks-per-call"), help: "Blocks per yuma_blockRange call (at most 256).")
    var blocksPerCall = 64

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard ["catch-up", "pages"].contains(part) else { throw ValidationError("--part must be catch-up or pages, got \(part)") }
        guard part == "catch-up" || database != nil else { throw ValidationError("--part pages needs --database (it is kept and reused)") }
        guard blocks >= 2 else { throw ValidationError("--blocks must be at least 2") }
        guard (0...1_000).contains(transfers) else { throw ValidationError("--transfers must be in 0...1000") }
    }

    func run() async throws {
        var logger = Logger(label: "yuma.explorer.bench")
        logger.logLevel = .warning
        if part == "pages", let database {
            try await pages(database, logger: logger)
            return
        }
        let temporary = NSTemporaryDirectory() + "yuma-explorer-bench-\(ProcessInfo.processInfo.processIdentifier)"
        let nodePath = basePath ?? temporary + "-node"
        let indexPath = database ?? temporary + ".sqlite"
        defer {
            if basePath == nil { try? FileManager.default.removeItem(atPath: nodePath) }
            if database == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) }
            }
        }
        let spec: ChainSpec
        do { spec = try ChainSpec.named("finney") } catch { throw CLIError(error.description) }
        let clock = ContinuousClock()
        let historyStart = clock.now
        let head = try await SyntheticHistory.extend(
            basePath: nodePath, spec: spec, toBlocks: blocks, transfersPerBlock: transfers, logger: logger)
        let historySeconds = (clock.now - historyStart).seconds
        let port = try Self.freePort()
        let node = try BenchNodeProcess.start(basePath: nodePath, port: port)
        defer { node.stop() }
        try await node.waitUntilServing()
        let store: any IndexStore
        do { store = try await IndexStores.open(indexPath, logger: logger) } catch { throw CLIError(error.description) }
        let outcome: Result<CatchUpBenchmark.Report, any Error>
        do {
            outcome = .success(
                try await CatchUpBenchmark.run(
                    webSocketURL: "ws://127.0.0.1:\(port)", store: store, head: head, batchSize: batchSize,
                    concurrentFetches: concurrentFetches, blocksPerCall: blocksPerCall, logger: logger))
        } catch {
            outcome = .failure(error)
        }
        await store.close()
        let report = try outcome.get()
        if jsonOutput {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print("history: \(head) blocks (written in \(String(format: "%.1f", historySeconds)) s, reused when already there)")
            print(
                "catch-up: \(report.blocks) blocks in \(String(format: "%.2f", report.seconds)) s = "
                    + "\(String(format: "%.0f", report.blocksPerSecond)) blocks/s; \(report.samples) Roundup samples")
        }
    }

    /// The pages part: a large synthetic index, then store reads and HTTP page latency.
    func pages(_ database: String, logger: Logger) async throws {
        let store: any IndexStore
        do { store = try await IndexStores.open(database, logger: logger) } catch { throw CLIError(error.description) }
        let outcome: Result<(IndexStoreBenchmarkReport, [PageLatencyBenchmark.Page]), any Error>
        do {
            let have = try await store.lastIndexedBlock().map { $0 + 1 } ?? 0
            let missing = blocks > have ? Int(blocks - have) : 1
            let report = try await IndexStoreBenchmark.run(
                store: store, blocks: missing, batchSize: batchSize, sampleEvery: 1, rounds: rounds)
            let last = try await store.lastIndexedBlock() ?? 0
            let paths = [
                "/", "/subnet/1", "/blocks",
                "/api/series?metric=neurons&netuid=1&block_start=\(last > 7_200 ? last - 7_200 : 0)&limit=200",
                "/api/series?metric=total_stake&frequency=by_day&limit=200",
            ]
            outcome = .success((report, try await PageLatencyBenchmark.run(store: store, paths: paths, rounds: rounds, logger: logger)))
        } catch {
            outcome = .failure(error)
        }
        await store.close()
        let (report, pages) = try outcome.get()
        print(report.description)
        for page in pages {
            print(
                "GET \(page.path): p50 \(String(format: "%.2f", page.p50)) ms, p95 \(String(format: "%.2f", page.p95)) ms, "
                    + "max \(String(format: "%.2f", page.max)) ms, \(page.bytes) bytes")
        }
    }

    static func freePort() throws -> Int {
        for port in 19_000..<19_500 where PortCheck.isFree(port) { return port }
        throw CLIError("no free port in 19000...19499 for the benchmark node")
    }
}
