import ChildProcess
import Foundation
import Testing

/// `yuma roundup --database` end to end on a tiny simulated year: files, JSON figures and refused ranges.
@Suite("yuma roundup (process)")
struct RoundupCommandTests {
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

    /// Runs `yuma arguments…`: status and standard output and error.
    static func yuma(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = ChildProcess()
        process.executableURL = try binary()
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test("a compressed Nakamoto year: four charts, HTML, Markdown and the figures as JSON; bad ranges exit 1")
    func roundup() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-roundup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("sim.sqlite").path
        let sim = try Self.yuma([
            "sim", "run", "--preset", "nakamoto-2022", "--time-scale", "0.0005", "--uids", "32", "--kept-blocks", "300",
            "--out", database,
        ])
        #expect(sim.status == 0, "\(sim.stderr)")
        let out = directory.appendingPathComponent("report").path
        let run = try Self.yuma(["roundup", "--database", database, "--out", out, "--json-output"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let figures = try #require(json["figures"] as? [String: Any])
        #expect(figures["from_block"] as? Int == 0 && figures["to_block"] as? Int == 1_525)
        #expect(figures["sequence_length_start"] as? Int == 10 && figures["sequence_length_end"] as? Int == 256)
        #expect((figures["sequence_length_changes"] as? [Any])?.count == 4)
        #expect(figures["registration_source"] as? String == "uid_increase")
        #expect((figures["difficulty_max"] as? Int ?? 0) > (figures["difficulty_start"] as? Int ?? 0))
        for name in ["peers", "difficulty", "stake", "sequence_length"] {
            for suffix in [".svg", ".png"] { #expect(FileManager.default.fileExists(atPath: "\(out)/\(name)\(suffix)")) }
        }
        #expect(FileManager.default.fileExists(atPath: "\(out)/roundup.html"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/roundup.md"))

        let recent = try Self.yuma(["roundup", "--database", database, "--from", "1300", "--to", "1525", "--out", out, "--json-output"])
        #expect(recent.status == 0, "\(recent.stderr)")
        #expect(recent.stdout.contains("\"registration_source\" : \"events\""))

        for (from, to, message) in [("900", "100", "is after --to"), ("0", "999999", "reach outside the index")] {
            let refused = try Self.yuma(["roundup", "--database", database, "--from", from, "--to", to, "--out", out])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(message), "\(refused.stderr)")
        }
        let missing = try Self.yuma(["roundup", "--database", directory.appendingPathComponent("none.sqlite").path, "--out", out])
        #expect(missing.status == 1 && missing.stderr.contains("no index database"))
    }
}
