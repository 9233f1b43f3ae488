import ChildProcess
import Foundation
import Localnet

/// Runs the `yuma` binary built next to the test bundle (or `$YUMA_BINARY`) to completion.
enum YumaRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        var output: String { stdout + stderr }
    }

    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func binary() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["YUMA_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("yuma")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw Missing(description: "no yuma binary next to \(Bundle.main.bundleURL.path); run swift build first")
    }

    /// Runs `yuma arguments…` with its output in files (no pipe a background process could hold open).
    static func run(_ arguments: [String]) throws -> Result {
        let base = NSTemporaryDirectory() + "yuma-run-\(UUID().uuidString)"
        let (outPath, errPath) = (base + ".out", base + ".err")
        for path in [outPath, errPath] { FileManager.default.createFile(atPath: path, contents: nil) }
        defer { for path in [outPath, errPath] { try? FileManager.default.removeItem(atPath: path) } }
        let process = ChildProcess()
        process.executableURL = try binary()
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        try process.run()
        process.waitUntilExit()
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// A TCP port nothing listens on, from a range unlikely to collide with the other tests.
    static func freePort(avoiding taken: Set<Int> = []) -> Int {
        while true {
            let port = Int.random(in: 20_000..<40_000)
            if !taken.contains(port), PortCheck.isFree(port) { return port }
        }
    }
}
