import ChildProcess
import Foundation
import Neuron

/// The Python SDK axon process of `yuma axon bench --python-axon`.
final class PythonBenchAxon: @unchecked Sendable {  // reviewed: fields are immutable after init
    let process: ChildProcess
    let input = Pipe()
    let port: Int

    /// Starts the script on a thread of its own and waits for the `PORT <n>` line.
    static func start(script: String, seed: [UInt8]) async throws -> PythonBenchAxon {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try PythonBenchAxon(script: script, seed: seed) })
            }
        }
    }

    private init(script: String, seed: [UInt8]) throws {
        guard FileManager.default.fileExists(atPath: script) else {
            throw BenchFailure("the Python axon script \(script) is missing; run from the repository root or pass --python-script")
        }
        let venv = ".venv/bin/python3"
        process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: venv) ? venv : "/usr/bin/env")
        let hexSeed = "0x" + seed.map { String(format: "%02x", $0) }.joined()
        process.arguments = (process.executableURL?.path == "/usr/bin/env" ? ["python3"] : []) + [script, "--seed", hexSeed]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw BenchFailure("the Python axon did not start (is bittensor installed for that python3?): '\(text)'")
        }
        self.port = port
    }

    /// Pings until the server answers (up to 30 s).
    func waitUntilServing(dendrite: Dendrite, endpoint: AxonEndpoint) async throws {
        for _ in 0..<150 {
            if await dendrite.call(PingSynapse(), to: endpoint, timeout: 5).statusCode != 503 { return }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw BenchFailure("the Python axon on port \(port) never answered")
    }

    /// Closes stdin, which asks the script to stop; terminates it if it has not exited within 3 s.
    func stop() async {
        try? input.fileHandleForWriting.close()
        for _ in 0..<30 where process.isRunning {
            try? await Task.sleep(for: .milliseconds(100))
        }
        if process.isRunning { process.terminate() }
    }
}

/// A benchmark that could not run, with the reason.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
