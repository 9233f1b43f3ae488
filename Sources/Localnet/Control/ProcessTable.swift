#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Questions about other processes, answered from `/proc` and `kill(pid, 0)`.
public enum ProcessTable {
    /// Whether a process with `pid` exists (a zombie counts as gone).
    public static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
        // The state letter follows the parenthesized command name.
        guard let close = stat.lastIndex(of: ")") else { return true }
        let rest = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces)
        return !rest.hasPrefix("Z") && !rest.hasPrefix("X")
    }

    /// The command line of `pid`, its arguments joined by spaces; `nil` when it cannot be read.
    public static func commandLine(_ pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        let parts = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        return parts.joined(separator: " ")
    }

    /// Whether `pid` is alive and its command line mentions `marker` (the localnet directory), so that
    /// a recycled pid of an unrelated program is never signalled.
    public static func isOurs(_ pid: Int32, marker: String) -> Bool {
        guard isAlive(pid), let line = commandLine(pid) else { return false }
        return line.contains(marker)
    }

    /// Sends `signal` to `pid`; `false` when it no longer exists.
    @discardableResult
    public static func signal(_ pid: Int32, _ signal: Int32) -> Bool {
        kill(pid, signal) == 0
    }
}
