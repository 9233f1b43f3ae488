#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// What the `localnet` commands do to a localnet directory: find out whether its supervisor runs,
/// clean up after one that died, stop it, purge it.
public struct LocalnetControl: Sendable {
    /// The directory.
    public let layout: LocalnetLayout
    let files: StateFile

    /// Control over the localnet in `layout`.
    public init(layout: LocalnetLayout) {
        self.layout = layout
        self.files = StateFile(layout: layout)
    }

    /// The running supervisor's pid, `nil` when none runs.
    public func runningSupervisor() -> Int32? {
        guard let pid = files.supervisorPID(), ProcessTable.isOurs(pid, marker: layout.root) else { return nil }
        return pid
    }

    /// Children recorded in the state file that still run although their supervisor is gone.
    public func orphans() -> [ChildState] {
        guard runningSupervisor() == nil, let state = try? files.read() else { return [] }
        return state.children.filter { child in
            guard let pid = child.pid else { return false }
            return ProcessTable.isOurs(pid, marker: layout.root)
        }
    }

    /// Clears what a supervisor that died left behind: kills its orphaned children and removes its pid
    /// file; returns a sentence saying what was cleaned, `nil` when there was nothing.
    public func cleanStaleState() async -> String? {
        guard runningSupervisor() == nil else { return nil }
        let stalePID = files.supervisorPID()
        let leftovers = orphans()
        await kill(leftovers.compactMap(\.pid))
        files.removePID()
        guard stalePID != nil || !leftovers.isEmpty else { return nil }
        var sentence = "cleaned up after a localnet that did not stop cleanly"
        if let stalePID { sentence += " (supervisor pid \(stalePID) is gone)" }
        if !leftovers.isEmpty {
            sentence += "; stopped \(leftovers.count) leftover process(es): "
            sentence += leftovers.map(\.name).joined(separator: ", ")
        }
        return sentence
    }

    /// Stops the localnet; returns what it did.
    public func stop(timeout: Double = 40) async -> String {
        guard let pid = runningSupervisor() else {
            if let cleaned = await cleanStaleState() { return cleaned }
            return "not running"
        }
        ProcessTable.signal(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(timeout)
        while ProcessTable.isAlive(pid), Date() < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        if ProcessTable.isAlive(pid) {
            ProcessTable.signal(pid, SIGKILL)
            try? await Task.sleep(for: .milliseconds(100))
        }
        let leftovers = orphans()
        await kill(leftovers.compactMap(\.pid))
        files.removePID()
        return leftovers.isEmpty ? "stopped" : "stopped (killed \(leftovers.count) process(es) that did not exit)"
    }

    /// Stops the localnet if it runs and deletes its directory.
    public func reset() async throws(LocalnetError) -> String {
        let stopped = await stop()
        guard FileManager.default.fileExists(atPath: layout.root) else { return "nothing to reset at \(layout.root)" }
        do {
            try FileManager.default.removeItem(atPath: layout.root)
        } catch {
            throw LocalnetError("cannot delete \(layout.root): \(error.localizedDescription)")
        }
        let prefix = stopped == "not running" ? "" : "\(stopped); "
        return prefix + "deleted \(layout.root) (chain, explorer index, wallets, logs)"
    }

    /// Sends SIGTERM, waits briefly, then SIGKILL.
    func kill(_ pids: [Int32]) async {
        guard !pids.isEmpty else { return }
        for pid in pids { ProcessTable.signal(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(10)
        while pids.contains(where: ProcessTable.isAlive), Date() < deadline {
            try? await Task.sleep(for: .milliseconds(50))
        }
        for pid in pids where ProcessTable.isAlive(pid) { ProcessTable.signal(pid, SIGKILL) }
    }

    /// The state file's contents, `nil` when absent.
    public func state() throws(LocalnetError) -> LocalnetState? { try files.read() }
}
