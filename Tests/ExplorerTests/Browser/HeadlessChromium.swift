import ChildProcess
import Foundation

/// Debian's Chromium run headless, one process per page: screenshots and the DOM after scripts ran.
struct HeadlessChromium: Sendable {
    /// The browser binary.
    let path: String
    /// Where screenshots and DOM dumps go.
    let folder: URL

    /// The browser from `YUMA_CHROMIUM` (set by `scripts/test` from `scripts/install-browser`), else
    /// `chromium` on the usual paths; `nil` when there is none.
    static func find() -> String? {
        if let configured = ProcessInfo.processInfo.environment["YUMA_CHROMIUM"], !configured.isEmpty { return configured }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the browser test runs: a browser is configured, or the oracles are required (then a
    /// missing browser fails the test instead of skipping it).
    static var enabled: Bool {
        let environment = ProcessInfo.processInfo.environment
        return !(environment["YUMA_CHROMIUM"] ?? "").isEmpty || environment["YUMA_REQUIRE_ORACLES"] == "1"
    }

    /// Saves a PNG of `url` at `width`×`height` as `<name>.png` and returns its path.
    func screenshot(_ url: String, name: String, width: Int = 1280, height: Int = 900) async throws -> URL {
        let file = folder.appendingPathComponent("\(name).png")
        try await run(["--screenshot=\(file.path)", "--window-size=\(width),\(height)", url], output: nil)
        return file
    }

    /// The DOM of `url` after its scripts ran for a few seconds of virtual time (the live update's poll
    /// included).
    func dom(_ url: String, name: String) async throws -> String {
        let file = folder.appendingPathComponent("\(name).html")
        try await run(["--dump-dom", "--virtual-time-budget=6000", "--window-size=1280,900", url], output: file)
        return try String(contentsOf: file, encoding: .utf8)
    }

    private func run(_ arguments: [String], output: URL?) async throws {
        let profile = folder.appendingPathComponent("profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--hide-scrollbars", "--user-data-dir=\(profile.path)",
        ] + arguments
        let log = folder.appendingPathComponent("chromium.log")
        if !FileManager.default.fileExists(atPath: log.path) { FileManager.default.createFile(atPath: log.path, contents: nil) }
        let errors = try FileHandle(forWritingTo: log)
        try errors.seekToEnd()
        process.standardError = errors
        if let output {
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
        } else {
            process.standardOutput = errors
        }
        try process.run()
        // A hang guard, not a timing assertion: a wedged browser fails the test instead of stalling it.
        for _ in 0..<1_800 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        if process.isRunning {
            process.terminate()
            throw BrowserFailure(what: "chromium did not finish \(arguments.last ?? "") (see \(log.path))")
        }
        guard process.terminationStatus == 0 else {
            throw BrowserFailure(what: "chromium exited with \(process.terminationStatus) on \(arguments.last ?? "") (see \(log.path))")
        }
    }
}

/// The browser could not do what the test asked.
struct BrowserFailure: Error, CustomStringConvertible {
    let what: String
    var description: String { what }
}

/// The width and height in a PNG's header, `nil` when the data is not a PNG.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] else { return nil }
    func word(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (word(16), word(20))
}
