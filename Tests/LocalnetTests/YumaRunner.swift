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

    /// Runs `yuma arguments…`; standard error goes through a file so neither pipe can fill up.
    static func run(_ arguments: [String]) throws -> Result {
        let errorPath = NSTemporaryDirectory() + "yuma-stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: stderr)
    }

    /// A TCP port nothing listens on, from a range unlikely to collide with the other tests.
    static func freePort(avoiding taken: Set<Int> = []) -> Int {
        while true {
            let port = Int.random(in: 20_000..<40_000)
            if !taken.contains(port), PortCheck.isFree(port) { return port }
        }
    }
}
