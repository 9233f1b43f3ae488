import ChainClient
import ChildProcess
import Foundation
import Localnet

/// A `yuma node` child process serving a benchmark's database, with manual block time so its head
/// stays where the history ends.
struct BenchNodeProcess {
    let process: ChildProcess
    let port: Int

    /// Starts the node on `basePath`, listening on 127.0.0.1:`port`; its output is discarded.
    static func start(basePath: String, port: Int) throws -> BenchNodeProcess {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: DetachedLauncher.currentExecutable())
        process.arguments = [
            "node", "--chain", "finney", "--base-path", basePath, "--block-time", "manual",
            "--rpc-port", String(port), "--log-level", "warning",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIError("cannot start the benchmark node: \(error)")
        }
        return BenchNodeProcess(process: process, port: port)
    }

    /// Returns once the node answers `system_health`, or throws after about 30 s or when it exits.
    func waitUntilServing() async throws {
        let client = ChainClient(httpURL: "http://127.0.0.1:\(port)")
        for _ in 0..<300 {
            guard process.isRunning else { throw CLIError("the benchmark node exited with status \(process.terminationStatus)") }
            if (try? await client.health()) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CLIError("the benchmark node did not answer on port \(port) within 30 s")
    }

    /// Stops the node (SIGTERM) and waits for it.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
