import ArgumentParser
import Foundation
import Keys
import Logging
import Neuron

/// `yuma axon bench`: throughput, latency and refusals of a Yuma axon (and optionally the Python SDK's)
/// measured with one Yuma dendrite.
struct AxonBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the axon: requests/s, p50/p99 latency and refusals per concurrency.",
        discussion: """
            Starts a Yuma axon on 127.0.0.1 serving the built-in /Synapse ping and sends --requests signed \
            pings from one Yuma dendrite for each --concurrency level, after an untimed round of \
            --concurrency pings that opens the level's connections. With --python-axon the Python SDK's \
            axon (Benchmarks/axon/python_axon.py, run with .venv/bin/python3 or python3 from PATH) is \
            measured the same way in the same run. Goals: 30x the Python axon's throughput, p99 under 20 ms \
            with 64 in flight, no refusals with 256 in flight.
            """
    )

    @Option(name: .long, help: "Requests per concurrency level.")
    var requests = 2_000

    @Option(name: .long, help: "Comma-separated concurrency levels.")
    var concurrency = "1,64,256"

    @Flag(name: .customLong("python-axon"), help: "Also measure the Python SDK axon.")
    var pythonAxon = false

    @Option(name: .customLong("python-script"), help: "The Python axon script.")
    var pythonScript = "Benchmarks/axon/python_axon.py"

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    /// The parsed concurrency levels.
    var levels: [Int] { concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    func validate() throws {
        guard requests > 0 else { throw ValidationError("--requests must be positive") }
        guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }), levels.count == concurrency.split(separator: ",").count
        else { throw ValidationError("--concurrency must be positive integers separated by commas, e.g. 1,64,256") }
    }

    func run() async throws {
        let serverKey = try KeyPair(seed: [UInt8](repeating: 7, count: 32))
        let dendrite = Dendrite(hotkey: try KeyPair(uri: "//Alice"))
        var logger = Logger(label: "yuma.axon.bench")
        logger.logLevel = .critical
        let axon = Axon(hotkey: serverKey, host: "127.0.0.1", port: 0, logger: logger)
        let port = try await axon.start()
        let endpoint = AxonEndpoint(ip: "127.0.0.1", port: port, hotkey: serverKey.ss58Address)
        var results: [AxonBenchmarkResult] = []
        for level in levels {
            note("yuma axon: \(requests) requests, \(level) in flight…")
            results.append(await AxonBenchmark.measure(
                server: "yuma", dendrite: dendrite, endpoint: endpoint, requests: requests, concurrency: level))
        }
        await axon.shutdown()
        if pythonAxon {
            let python = try await PythonBenchAxon.start(script: pythonScript, seed: serverKey.seed ?? [])
            let pythonEndpoint = AxonEndpoint(ip: "127.0.0.1", port: python.port, hotkey: serverKey.ss58Address)
            try await python.waitUntilServing(dendrite: dendrite, endpoint: pythonEndpoint)
            for level in levels {
                note("python axon: \(requests) requests, \(level) in flight…")
                results.append(await AxonBenchmark.measure(
                    server: "python", dendrite: dendrite, endpoint: pythonEndpoint, requests: requests,
                    concurrency: level))
            }
            await python.stop()
        }
        await dendrite.shutdown()
        print(jsonOutput ? JSONOutput.render(AxonBenchReport(results: results)) : AxonBenchReport.table(results))
    }

    /// Progress on standard error, except in JSON mode.
    private func note(_ text: String) {
        if !jsonOutput { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    }
}

/// The `--json-output` document.
struct AxonBenchReport: Encodable {
    let results: [AxonBenchmarkResult]

    /// One line per server and concurrency, with the Yuma/Python throughput ratio when both ran.
    static func table(_ results: [AxonBenchmarkResult]) -> String {
        var lines = ["server  in-flight  requests      req/s    p50 ms    p99 ms  refusals"]
        for result in results {
            lines.append(
                result.server.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + pad(result.concurrency, 9) + pad(result.requests, 10)
                    + pad(String(format: "%.0f", result.requestsPerSecond), 11)
                    + pad(String(format: "%.2f", result.p50Milliseconds), 10)
                    + pad(String(format: "%.2f", result.p99Milliseconds), 10) + pad(result.refusals, 10))
            if let refusal = result.firstRefusal { lines.append("        first refusal: \(refusal)") }
        }
        for yuma in results where yuma.server == "yuma" {
            if let python = results.first(where: { $0.server == "python" && $0.concurrency == yuma.concurrency }),
                python.requestsPerSecond > 0
            {
                lines.append(String(format: "%d in flight: Yuma %.1fx the Python axon's throughput", yuma.concurrency, yuma.requestsPerSecond / python.requestsPerSecond))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
