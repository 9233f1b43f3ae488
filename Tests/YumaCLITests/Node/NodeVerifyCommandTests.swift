import ChildProcess
import Foundation
import Testing

/// `yuma node verify` end to end: a chain written by a real `yuma node` replays OK; the wrong chain
/// spec is a divergence with exit status 1; a directory without a chain is a one-line error.
@Suite struct NodeVerifyCommandTests {
    /// A base path holding a chain of a few empty blocks, written by `yuma node` and stopped with SIGTERM.
    static func chainDirectory() async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-verify-\(UUID().uuidString)").path
        let process = ChildProcess()
        process.executableURL = try YumaProcess.binary()
        process.arguments = ["node", "--base-path", path, "--block-time", "100ms", "--rpc-port", "0"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        try await Task.sleep(for: .milliseconds(1_500))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return path
    }

    /// The report with the time figure replaced by `T`.
    static func masked(_ text: String) -> String {
        text.replacingOccurrences(of: #"time             [0-9.]+ s"#, with: "time             T s", options: .regularExpression)
    }

    @Test func storedChainVerifies() async throws {
        let path = try await Self.chainDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try YumaProcess.run(["node", "verify", "--base-path", path])
        #expect(result.status == 0, "\(result.stderr)")
        let head = try #require(result.stdout.split(separator: "\n").first.flatMap { $0.split(separator: "#").last }
            .map { String($0.dropLast()) })
        #expect(
            Self.masked(result.stdout) == """
                blocks verified  \(head) of \(head) (head #\(head))
                extrinsics       0
                time             T s
                result           OK

                """)
        let json = try YumaProcess.run(["node", "verify", "--base-path", path, "--json-output"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["head", "blocks_verified", "extrinsics_verified", "seconds", "ok", "divergence"])
        #expect(object["ok"] as? Bool == true)
        #expect(object["divergence"] is NSNull)
    }

    @Test func otherChainSpecDiverges() async throws {
        let path = try await Self.chainDirectory()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try YumaProcess.run(["node", "verify", "--base-path", path, "--chain", "nakamoto"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("blocks verified  0 of "))
        #expect(result.stdout.contains("result           DIVERGED: genesis: the stored genesis block is 0x"))
        #expect(result.stdout.contains("pass the --chain the node ran"))
    }

    @Test func emptyDirectoryIsOneLineError() throws {
        let result = try YumaProcess.run(["node", "verify", "--base-path", "/nonexistent/yuma"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "Error: /nonexistent/yuma/chain.sqlite holds no chain (no genesis block); run `yuma node --base-path` first\n")
    }
}
