import ChildProcess
import Foundation

/// Runs small `python3` checks of files the encoder wrote (zlib and PNG reading from Python's standard library).
enum PythonCheck {
    /// Whether `python3` runs.
    static let available: Bool = (try? run("print(1)", arguments: []))?.status == 0

    /// Whether the Python checks must run (`YUMA_REQUIRE_ORACLES=1`) or can (Python present).
    static var enabled: Bool { available || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1" }

    /// Runs `script` with `arguments`, returning its status and standard output.
    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes `bytes` to a temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-roundup-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url.path
    }
}
