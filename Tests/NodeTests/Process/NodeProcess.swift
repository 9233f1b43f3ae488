import ChildProcess
import Foundation
import Synchronization

/// A `yuma node` child process: started with its stderr captured, its RPC port read from the log.
final class NodeProcess {
    /// Why the node process could not be used.
    struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    /// Everything the node wrote to stderr so far.
    final class Log: Sendable {
        private let text = Mutex("")
        /// Appends bytes read from the pipe.
        func append(_ data: Data) { text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        /// The log so far.
        var contents: String { text.withLock { $0 } }
    }

    let process = ChildProcess()
    let log = Log()
    private(set) var port = 0

    /// Starts `yuma node arguments…` and waits up to `timeout` for its "rpc listening" line.
    init(arguments: [String], timeout: Duration = .seconds(20)) async throws {
        process.executableURL = try Self.binary()
        process.arguments = ["node"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let log = self.log
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty { handle.readabilityHandler = nil } else { log.append(data) }
        }
        try process.run()
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let port = Self.port(in: log.contents) {
                self.port = port
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.terminate()
        throw Failure(description: "the node did not report an RPC port; its log:\n\(log.contents)")
    }

    /// `http://127.0.0.1:PORT`.
    var httpURL: String { "http://127.0.0.1:\(port)" }

    /// Sends `signal` and waits up to `timeout` for the process to exit; returns its status, or `nil`
    /// if it is still running.
    func stop(_ signal: Int32, timeout: Duration = .seconds(10)) async throws -> Int32? {
        kill(process.processIdentifier, signal)
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// The port in the node's `rpc listening … url=http://HOST:PORT` line.
    static func port(in log: String) -> Int? {
        for line in log.split(separator: "\n") where line.contains("rpc listening") {
            guard let range = line.range(of: "url=http://") else { continue }
            let rest = line[range.upperBound...]
            guard let colon = rest.firstIndex(of: ":") else { continue }
            return Int(rest[rest.index(after: colon)...].prefix { $0.isNumber })
        }
        return nil
    }

    /// The `yuma` binary built next to the test bundle (or `YUMA_BINARY`).
    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["YUMA_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("yuma")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw Failure(description: "no yuma binary next to \(Bundle.main.bundleURL.path); run swift build first")
    }

    /// Runs `yuma arguments…` to completion and returns its status and stdout.
    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let process = ChildProcess()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
