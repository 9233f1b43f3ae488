#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Starts a process in its own session, detached from the terminal, with its output appended to a
/// log file: how `localnet start` leaves the supervisor running after it returns.
public enum DetachedLauncher {
    /// glibc's `POSIX_SPAWN_SETSID` (a GNU extension the Swift overlay does not import): the child
    /// calls `setsid`, so closing the terminal does not hang it up.
    static let startNewSession: Int16 = 0x80

    /// Spawns `executable` with `arguments`; returns its pid.
    public static func spawn(executable: String, arguments: [String], log: String) throws(LocalnetError) -> Int32 {
        closeInheritedDescriptorsOnExec()
        let fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw LocalnetError("cannot open \(log) for writing") }
        defer { close(fd) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fd, 1)
        posix_spawn_file_actions_adddup2(&actions, fd, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, startNewSession)
        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = (argv + [nil]).withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return EINVAL }
            return posix_spawn(&pid, executable, &actions, &attributes, base, environ)
        }
        guard status == 0 else {
            throw LocalnetError("cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// The path of the running executable (so children run the same `yuma`).
    public static func currentExecutable() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return CommandLine.arguments.first ?? "yuma"
    }

    /// Marks every descriptor above standard error close-on-exec, so the long-lived supervisor holds
    /// no pipe of whoever ran `start` (a caller reading `start`'s output to its end would wait forever).
    static func closeInheritedDescriptorsOnExec() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for entry in entries {
            guard let fd = Int32(entry), fd > 2 else { continue }
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}
