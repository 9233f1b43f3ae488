import ChildProcess
import Foundation
import Keys

/// Runs `Oracle/bt_peer.py` with `python3` from PATH.
enum PythonPeer {
    /// The peer script, found next to this file.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Oracle/bt_peer.py").path

    /// Whether `python3` with the Bittensor SDK is on PATH.
    static let available: Bool = {
        guard let result = try? run(["-c", "import bittensor, bittensor_wallet"]) else { return false }
        return result.status == 0
    }()

    /// Whether the interop tests must run (`YUMA_REQUIRE_ORACLES=1`) or can (SDK present).
    static var enabled: Bool { available || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1" }

    /// A `python3` process for `arguments`, not yet started.
    static func process(_ arguments: [String]) -> ChildProcess {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        return process
    }

    /// Runs to completion and returns the exit status and standard output.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = process(arguments)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs to completion on a thread of its own, so the blocking waits never hold a task thread (the
    /// Yuma axon under test needs those to answer).
    static func runDetached(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try run(arguments) })
            }
        }
    }

    /// The hex seed the peer scripts take.
    static func seedHex(_ byte: UInt8) -> String { "0x" + String(repeating: String(format: "%02x", byte), count: 32) }

    /// The Yuma key pair of that seed (the same key Python's `Keypair.create_from_seed` makes).
    static func keyPair(_ byte: UInt8) throws -> KeyPair { try KeyPair(seed: [UInt8](repeating: byte, count: 32)) }
}

/// A Python SDK axon serving `Dummy` until stopped.
final class PythonAxon: @unchecked Sendable {  // reviewed: immutable after init; Process is thread-safe to signal
    /// Starts one on a thread of its own (the start blocks until Python prints its port).
    static func start(seed: UInt8) async throws -> PythonAxon {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try PythonAxon(seed: seed) }) }
        }
    }

    let process: ChildProcess
    let input = Pipe()
    let port: Int

    /// Starts the axon and waits for the port it prints.
    init(seed: UInt8) throws {
        process = PythonPeer.process([PythonPeer.script, "axon", "--seed", PythonPeer.seedHex(seed)])
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            process.terminate()
            throw PeerFailure(message: "the Python axon did not report its port: '\(text)'")
        }
        self.port = port
    }

    /// Closes its stdin (it stops itself) and waits for it to exit.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

/// A Python peer that did not behave.
struct PeerFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
