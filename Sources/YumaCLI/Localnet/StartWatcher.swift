import ChainClient
import Foundation
import Localnet

/// Watches a starting localnet: its first block, then (for `--wait`) the end of its start-up.
struct StartWatcher {
    /// The directory.
    let layout: LocalnetLayout
    /// What was started.
    let configuration: LocalnetConfiguration
    /// The supervisor just launched.
    let supervisorPID: Int32

    /// The number of the first block the node reports after block 0.
    func firstBlock() async throws(LocalnetError) -> UInt64 {
        let client = HTTPChainClient(httpURL: configuration.rpcURL)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if let head = try? await client.head(), head.number >= 1 { return head.number }
            try failIfSupervisorDied()
            try? await Task.sleep(for: .milliseconds(20))
        }
        throw LocalnetError("no block within 120 s; see \(layout.logFile("node"))")
    }

    /// The state once start-up finished (scaffold done, neurons launched).
    func running() async throws(LocalnetError) -> LocalnetState {
        let files = StateFile(layout: layout)
        let deadline = Date().addingTimeInterval(600)
        while Date() < deadline {
            if let state = try files.read(), state.supervisorPID == supervisorPID {
                if state.phase == .running { return state }
                if state.phase == .failed {
                    throw LocalnetError("start-up failed: \(state.error ?? "see \(layout.logFile("supervisor"))")")
                }
            }
            try failIfSupervisorDied()
            try? await Task.sleep(for: .milliseconds(100))
        }
        throw LocalnetError("start-up did not finish within 10 minutes; see \(layout.logFile("supervisor"))")
    }

    func failIfSupervisorDied() throws(LocalnetError) {
        guard !ProcessTable.isAlive(supervisorPID) else { return }
        let state = try? StateFile(layout: layout).read()
        let tail = LogTail.lines(of: layout.logFile("supervisor"), count: 5).joined(separator: "\n  ")
        throw LocalnetError(
            "the localnet stopped during start-up: \(state?.error ?? "see \(layout.logFile("supervisor"))")\n  \(tail)")
    }
}
