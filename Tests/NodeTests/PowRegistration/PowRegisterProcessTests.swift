import ChainClient
import ChildProcess
import Foundation
import Keys
import Runtime
import Testing

/// `yuma subnets pow-register` as a child process against an in-process node.
@Suite("yuma subnets pow-register process")
struct PowRegisterProcessTests {
    /// A running `yuma` child with its output collected.
    final class Child: Sendable {
        private let process: ChildProcess
        private let stdout = NodeProcess.Log()
        private let stderr = NodeProcess.Log()

        init(_ arguments: [String]) throws {
            let process = ChildProcess()
            process.executableURL = try NodeProcess.binary()
            process.arguments = arguments
            let (out, err) = (Pipe(), Pipe())
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            for (pipe, buffer) in [(out, stdout), (err, stderr)] {
                pipe.fileHandleForReading.readabilityHandler = { handle in
                    let data = handle.availableData
                    if data.isEmpty { handle.readabilityHandler = nil } else { buffer.append(data) }
                }
            }
            try process.run()
            self.process = process
        }

        var output: String { stdout.contents }
        var errors: String { stderr.contents }

        /// Waits up to `timeout` for the exit status.
        func exitStatus(within timeout: Duration = .seconds(60)) async throws -> Int32? {
            let deadline = ContinuousClock.now + timeout
            while process.isRunning, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            if process.isRunning {
                process.terminate()
                return nil
            }
            try await Task.sleep(for: .milliseconds(50))  // let the pipes drain
            return process.terminationStatus
        }

        func interrupt() { kill(process.processIdentifier, SIGINT) }
    }

    /// A wallet `miner` under a temporary root: //Bob's coldkeypub and a fresh unencrypted hotkey.
    static func wallet() throws -> (root: String, hotkey: KeyPair) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yuma-pow-\(UUID().uuidString)").path
        let wallet = try Wallet(name: "miner", hotkey: "default", root: root)
        try wallet.regenerateColdkeypub(PublicAccount(TestKeys.bob))
        _ = try wallet.createHotkey()
        return (root, try wallet.loadHotkey())
    }

    static func arguments(root: String, port: Int, netuid: UInt16, _ extra: [String]) -> [String] {
        [
            "subnets", "pow-register", "--netuid", "\(netuid)", "--wallet.path", root, "--wallet.name", "miner",
            "--wallet.hotkey", "default", "--network", "ws://127.0.0.1:\(port)", "--processes", "2",
        ] + extra
    }

    @Test("registers and prints the JSON report; the panel goes to stderr one line per update")
    func registers() async throws {
        try await TestNode.with { node in
            let (root, hotkey) = try Self.wallet()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let netuid = try await PowRegistrationDriverTests.prepare(node.http, era: .finney, difficulty: 2_000, hotkey: hotkey)
            let child = try Child(Self.arguments(root: root, port: node.port, netuid: netuid, ["-y", "--json-output"]))
            let status = try await PowRegistrationDriverTests.producingBlocks(node.http, every: .seconds(3), promptly: true) {
                try await child.exitStatus()
            }
            #expect(status == 0, "stderr: \(child.errors)")
            let report = try #require(
                try JSONSerialization.jsonObject(with: Data(child.output.utf8)) as? [String: Any], "stdout: \(child.output)")
            let neuron = try #require(try await node.http.neuron(netuid, hotkey: hotkey))
            #expect(report["uid"] as? Int == Int(neuron.uid) && report["hotkey"] as? String == hotkey.ss58Address)
            #expect(report["coldkey"] as? String == TestKeys.bob.ss58Address && report["already_registered"] as? Bool == false)
            #expect(report["difficulty"] as? Int == 2_000 && report["block"] as? Int == Int(neuron.blockAtRegistration))
            #expect(neuron.coldkey == TestKeys.bob.ss58Address)
        }
    }

    @Test("Ctrl-C stops the search, prints a summary and exits with status 130")
    func interrupted() async throws {
        try await TestNode.with { node in
            let (root, hotkey) = try Self.wallet()
            defer { try? FileManager.default.removeItem(atPath: root) }
            let netuid = try await PowRegistrationDriverTests.prepare(node.http, era: .finney, difficulty: .max, hotkey: hotkey)
            let child = try Child(
                Self.arguments(root: root, port: node.port, netuid: netuid, ["-y", "--update-interval", "0.1"]))
            let status = try await PowRegistrationDriverTests.producingBlocks(node.http, every: .milliseconds(200)) {
                let deadline = ContinuousClock.now + .seconds(30)
                while child.errors.components(separatedBy: "pow-register:").count < 4, ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(20))
                }
                child.interrupt()
                return try await child.exitStatus(within: .seconds(5))
            }
            #expect(status == 130, "stderr: \(child.errors)")
            let lines = child.errors.split(separator: "\n")
            let updates = lines.filter { $0.hasPrefix("pow-register: ") }
            #expect(updates.count >= 3, "stderr: \(child.errors)")
            #expect(updates.contains { $0.contains("difficulty 18,446,744,073,709,551,615, ") && $0.contains("H/s instant, ") && $0.contains("H/s average, block #") })
            #expect(lines.last?.hasPrefix("Stopped after ") == true && lines.last?.contains("not registered") == true)
            #expect(child.output.isEmpty)
            #expect(try await node.http.neuron(netuid, hotkey: hotkey) == nil)
        }
    }
}
