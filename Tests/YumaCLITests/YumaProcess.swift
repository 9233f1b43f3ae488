import ChildProcess
import Foundation

/// Runs the built `yuma` executable, as a user would, and captures what it prints.
struct YumaProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
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
        throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "yuma next to \(Bundle.main.bundleURL.path)"])
    }

    /// Runs `yuma arguments…` with a pinned terminal width.
    static func run(_ arguments: [String]) throws -> Result {
        let process = ChildProcess()
        process.executableURL = try binary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
