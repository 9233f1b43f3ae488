import ArgumentParser
import Explorer
import Foundation
import Logging

/// `yuma roundup`: the Network Roundup report of a period, charts and summary.
struct RoundupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundup",
        abstract: "Write the Network Roundup report (four charts as SVG and PNG, HTML and Markdown summary).",
        discussion: """
            Reads the Roundup series of an explorer index (--database, written by yuma explorer or yuma sim run), \
            or first follows the node at --network into --database (a temporary file when none is given) until \
            it has caught up to the node's head. Writes into --out: peers, difficulty, stake and sequence_length \
            as .svg and .png, roundup.html (self-contained) and roundup.md. The period is --from…--to, by \
            default the whole sampled range; per-subnet figures are of --netuid (default: the first subnet).
            """
    )

    @Option(name: .long, help: "Follow this node first: local (127.0.0.1:9944) or its ws:// or http:// URL.")
    var network: String?

    @Option(name: .long, help: "The explorer index (SQLite) to read, or to index --network into.")
    var database: String?

    @Option(name: .long, help: "First block of the period (default: the first sampled block).")
    var from: UInt64?

    @Option(name: .long, help: "Last block of the period (default: the last sampled block).")
    var to: UInt64?

    @Option(name: .long, help: "Subnet of the per-subnet charts (default: the first).")
    var netuid: UInt16?

    @Option(name: .long, help: "Directory to write the report into (created if missing).")
    var out: String

    @Flag(name: .customLong("json-output"), help: "Print the period's figures as one JSON object.")
    var jsonOutput = false

    func validate() throws {
        if let network { _ = try NetworkEndpoint(parsing: network) }
        if network == nil, database == nil {
            throw ValidationError("give --database PATH (an index written by yuma explorer or yuma sim run) or --network URL")
        }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let store = try await openStore()
        let report: RoundupReport
        let files: [String]
        do {
            report = try await RoundupReport.read(from: store, from: from, to: to, netuid: netuid)
            files = try await RoundupWriter.write(report, to: out)
        } catch { throw CLIError(error.description) }
        let seconds = (clock.now - start).seconds
        if jsonOutput {
            print(JSONOutput.render(RoundupJSON(figures: report.figures, files: files)))
        } else {
            print("Network Roundup written to \(out) in \(String(format: "%.2f", seconds)) s")
            for row in RoundupSummary.rows(report.figures) { print("\(row.label): \(row.value)") }
            print("Files: " + files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))
        }
    }

    /// The index to read: `--database` as it is, or after following `--network` into it.
    func openStore() async throws -> SQLiteIndexStore {
        guard let network else {
            let path = database ?? ""
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError("no index database at \(path); write one with yuma explorer or yuma sim run, or pass --network")
            }
            do { return try SQLiteIndexStore(path: path) } catch { throw CLIError(error.description) }
        }
        let path = database ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("yuma-roundup-\(UUID().uuidString).sqlite").path
        let store: SQLiteIndexStore
        do { store = try SQLiteIndexStore(path: path) } catch { throw CLIError(error.description) }
        let endpoint = try NetworkEndpoint(parsing: network)
        let webSocketURL = endpoint.httpURL.hasPrefix("https://")
            ? "wss://" + endpoint.httpURL.dropFirst("https://".count) : "ws://" + endpoint.httpURL.dropFirst("http://".count)
        var logger = Logger(label: "yuma.roundup")
        logger.logLevel = .error
        let quiet = jsonOutput
        do {
            let head = try await RoundupReport.catchUp(store: store, webSocketURL: webSocketURL, logger: logger) { indexed, head in
                if !quiet, indexed % 1_000 == 0, indexed < head { Terminal.writeError("indexed \(indexed) of \(head)\n") }
            }
            if !quiet { Terminal.writeError("caught up with \(endpoint.name) at block \(head) (index: \(path))\n") }
        } catch { throw CLIError(error.description) }
        return store
    }
}

/// `--json-output`: the figures and the written files.
struct RoundupJSON: Encodable {
    let figures: RoundupFigures
    let files: [String]
}
