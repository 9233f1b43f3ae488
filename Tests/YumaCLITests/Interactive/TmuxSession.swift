import ChildProcess
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One `yuma` command in a detached tmux pane on a private socket: keys are typed into it and the screen
/// is read back with `capture-pane`, as a person at a terminal would see it.
final class TmuxSession {
    /// The folder holding the socket and the launcher script.
    let directory: String
    /// The tmux server's socket.
    var socket: String { directory + "/tmux.sock" }

    /// Whether `tmux` is on PATH.
    static var available: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/tmux")
        }
    }

    /// Starts `yuma arguments…` with `environment` (and nothing else from BT_*) in a `width`×40 pane;
    /// when it exits the pane shows `[exit N]` and stays open.
    init(_ arguments: [String], environment: [String: String], width: Int = 120) throws {
        directory = BtcliProcess.temporaryDirectory("yuma-tmux")
        let binary = try YumaProcess.binary().path
        var lines = ["#!/bin/sh"]
        for name in ProcessInfo.processInfo.environment.keys where name.hasPrefix("BT_") {
            lines.append("unset \(name)")
        }
        var variables = environment
        variables["COLUMNS"] = "\(width)"
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
            lines.append("export \(name)=\(Self.quote(value))")
        }
        lines.append(([binary] + arguments).map(Self.quote).joined(separator: " "))
        lines.append("echo \"[exit $?]\"")
        lines.append("exec sleep 600")
        let script = directory + "/run.sh"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: script))
        try detached(["new-session", "-d", "-x", "\(width)", "-y", "40", "sh", script])
    }

    /// Types `text` literally, then Enter.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// The pane's text, wrapped lines joined, trailing blank lines dropped.
    func screen() throws -> String {
        var text = try tmux(["capture-pane", "-p", "-J", "-t", "0"])
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Waits until the screen contains `text` (a hang guard of `limit`, never a timing assertion). tmux
    /// drops trailing spaces, so `text` should not end in one.
    @discardableResult
    func waitFor(_ text: String, limit: Duration = .seconds(120)) async throws -> String {
        let deadline = ContinuousClock.now + limit
        while true {
            let shown = try screen()
            if shown.contains(text) { return shown }
            guard ContinuousClock.now < deadline else {
                throw CocoaError(
                    .fileReadUnknown,
                    userInfo: [NSDebugDescriptionErrorKey: "'\(text)' never appeared; the screen:\n\(shown)"])
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Waits for the command to end and returns its exit status and the final screen.
    func exit(limit: Duration = .seconds(120)) async throws -> (status: Int32, screen: String) {
        let shown = try await waitFor("[exit ", limit: limit)
        let line = shown.split(separator: "\n").last { $0.hasPrefix("[exit ") } ?? ""
        let status = Int32(line.dropFirst("[exit ".count).dropLast()) ?? -1
        return (status, shown)
    }

    /// Stops the tmux server and removes its folder.
    func close() {
        _ = try? detached(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs `tmux -S socket arguments…` through `system`, for the calls that may start the server: the
    /// daemon it forks would otherwise inherit `Process`'s exit-watching descriptor and the call would
    /// never be seen to end.
    private func detached(_ arguments: [String]) throws {
        let line = (["tmux", "-S", socket] + arguments).map(Self.quote).joined(separator: " ")
        let status = system("TMUX= TERM=xterm-256color " + line + " </dev/null >/dev/null 2>&1")
        guard status == 0 || arguments == ["kill-server"] else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSDebugDescriptionErrorKey: "tmux \(arguments) failed"])
        }
    }

    /// Runs `tmux -S socket arguments…` and returns what it printed.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-S", socket] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment["TMUX"] = nil
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// `text` in single quotes for `sh`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
