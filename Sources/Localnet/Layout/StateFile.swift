import Foundation

/// Reads and atomically rewrites the supervisor's `state.json` and `supervisor.pid`.
public struct StateFile: Sendable {
    /// The layout whose files these are.
    public let layout: LocalnetLayout

    /// The files of `layout`.
    public init(layout: LocalnetLayout) { self.layout = layout }

    /// The last written state, `nil` when there is none.
    public func read() throws(LocalnetError) -> LocalnetState? {
        guard let data = FileManager.default.contents(atPath: layout.stateFile) else { return nil }
        do {
            return try JSONDecoder().decode(LocalnetState.self, from: data)
        } catch {
            throw LocalnetError(
                "\(layout.stateFile) is unreadable (\(error.localizedDescription)); `yuma localnet reset` clears it")
        }
    }

    /// Replaces the state in one rename, so a reader never sees half a file.
    public func write(_ state: LocalnetState) throws(LocalnetError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            let data = try encoder.encode(state)
            try data.write(to: URL(fileURLWithPath: layout.stateFile), options: .atomic)
        } catch {
            throw LocalnetError("cannot write \(layout.stateFile): \(error.localizedDescription)")
        }
    }

    /// The pid in `supervisor.pid`, `nil` when absent or unreadable.
    public func supervisorPID() -> Int32? {
        guard let text = try? String(contentsOfFile: layout.pidFile, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Writes `pid` to `supervisor.pid`.
    public func writePID(_ pid: Int32) throws(LocalnetError) {
        do {
            try "\(pid)\n".write(toFile: layout.pidFile, atomically: true, encoding: .utf8)
        } catch {
            throw LocalnetError("cannot write \(layout.pidFile): \(error.localizedDescription)")
        }
    }

    /// Removes `supervisor.pid`.
    public func removePID() {
        try? FileManager.default.removeItem(atPath: layout.pidFile)
    }
}
