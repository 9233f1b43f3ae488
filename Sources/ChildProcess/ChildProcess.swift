import CSpawn
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A program started by this one: Foundation's `Process`, for the part of it Yuma uses, without its
/// Linux crash.
///
/// Foundation's `Process.run()` on Linux lists `/proc/self/fd` to close inherited descriptors and
/// copies each entry's 256-byte name field whole; when the parent holds about 1 360 descriptors or
/// more, the copy can read past the end of the directory buffer and the parent dies of SIGSEGV. A
/// test run with hundreds of sockets open reaches that. `ChildProcess` starts the program with
/// `posix_spawn` and lets the kernel close every descriptor above 2 in the child instead.
///
/// ```swift
/// let child = ChildProcess()
/// child.executableURL = URL(fileURLWithPath: "/bin/echo")
/// child.arguments = ["hello"]
/// let output = Pipe()
/// child.standardOutput = output
/// try child.run()
/// let text = output.fileHandleForReading.readDataToEndOfFile()
/// child.waitUntilExit()
/// ```
public final class ChildProcess: @unchecked Sendable {
    // Reviewed: the configuration is set before `run()` and read once by it; the state after
    // `run()` lives behind `condition`.

    /// How the program ended.
    public enum TerminationReason: Sendable, Equatable {
        /// It exited; ``ChildProcess/terminationStatus`` is its exit status.
        case exit
        /// A signal ended it; ``ChildProcess/terminationStatus`` is the signal's number.
        case uncaughtSignal
    }

    /// The program to start.
    public var executableURL: URL?
    /// The arguments after the program's name.
    public var arguments: [String]?
    /// Its whole environment; `nil` passes this process's.
    public var environment: [String: String]?
    /// The directory it starts in; `nil` is this process's.
    public var currentDirectoryURL: URL?
    /// Its standard input: a `Pipe`, a `FileHandle`, or `nil` for this process's own.
    public var standardInput: (any ChildStream)?
    /// Its standard output: a `Pipe`, a `FileHandle`, or `nil` for this process's own.
    public var standardOutput: (any ChildStream)?
    /// Its standard error: a `Pipe`, a `FileHandle`, or `nil` for this process's own.
    public var standardError: (any ChildStream)?
    /// Called once, on a background thread, when the program has ended.
    public var terminationHandler: (@Sendable (ChildProcess) -> Void)?

    private let condition = NSCondition()
    private var phase = Phase.idle

    private enum Phase {
        case idle
        case running(pid_t)
        case ended(pid_t, TerminationReason, Int32)
    }

    /// A process to configure, then ``run()``.
    public init() {}

    /// Starts the program; throws ``ChildProcessError`` when it cannot.
    public func run() throws(ChildProcessError) {
        guard let executableURL else { throw ChildProcessError.noExecutable }
        let path = executableURL.path
        condition.lock()
        defer { condition.unlock() }
        guard case .idle = phase else { throw ChildProcessError.alreadyStarted(path) }
        // The full path as the program's name, as Foundation passes it: an interpreter in a virtual
        // environment finds its prefix from it.
        let argv = [path] + (arguments ?? [])
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let streams = (
            standardInput?.childDescriptor(reading: true) ?? YUMA_SPAWN_INHERIT,
            standardOutput?.childDescriptor(reading: false) ?? YUMA_SPAWN_INHERIT,
            standardError?.childDescriptor(reading: false) ?? YUMA_SPAWN_INHERIT
        )
        var pid = pid_t()
        let status = CStrings.withArray(argv) { argv in
            CStrings.withArray(environment) { envp in
                Self.spawn(&pid, path, argv, envp, currentDirectoryURL?.path, streams)
            }
        }
        guard status == 0 else { throw ChildProcessError.spawnFailed(path, errno: status) }
        let started = pid
        phase = .running(started)
        // The child holds its own copies now; the parent keeps only its ends of the pipes.
        standardInput?.closeChildEnd(reading: true)
        standardOutput?.closeChildEnd(reading: false)
        standardError?.closeChildEnd(reading: false)
        Thread.detachNewThread { [self] in reap(started) }
    }

    /// Blocks until the program has ended (at once if it never started).
    public func waitUntilExit() {
        condition.lock()
        defer { condition.unlock() }
        while case .running = phase { condition.wait() }
    }

    /// Whether the program started and has not ended yet.
    public var isRunning: Bool {
        condition.lock()
        defer { condition.unlock() }
        if case .running = phase { return true }
        return false
    }

    /// The program's process id; 0 before ``run()``.
    public var processIdentifier: Int32 {
        condition.lock()
        defer { condition.unlock() }
        switch phase {
        case .idle: return 0
        case .running(let pid), .ended(let pid, _, _): return pid
        }
    }

    /// The exit status, or the number of the signal that ended it; 0 while it runs.
    public var terminationStatus: Int32 {
        condition.lock()
        defer { condition.unlock() }
        if case .ended(_, _, let status) = phase { return status }
        return 0
    }

    /// Whether it exited or a signal ended it; `.exit` while it runs.
    public var terminationReason: TerminationReason {
        condition.lock()
        defer { condition.unlock() }
        if case .ended(_, let reason, _) = phase { return reason }
        return .exit
    }

    /// Sends SIGTERM, if the program still runs.
    public func terminate() { send(SIGTERM) }

    /// Sends SIGINT, if the program still runs.
    public func interrupt() { send(SIGINT) }

    /// Sends `signal`, if the program still runs.
    public func send(_ signal: Int32) {
        condition.lock()
        defer { condition.unlock() }
        // Only a child not yet reaped: its id cannot have passed to another process.
        if case .running(let pid) = phase { _ = kill(pid, signal) }
    }

    /// Waits for `pid` to end, records how, wakes the waiters and calls the handler.
    private func reap(_ pid: pid_t) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        let ended: Phase =
            signal == 0 ? .ended(pid, .exit, (status >> 8) & 0xff) : .ended(pid, .uncaughtSignal, signal)
        condition.lock()
        phase = ended
        let handler = terminationHandler
        terminationHandler = nil
        condition.broadcast()
        condition.unlock()
        handler?(self)
    }

    private static func spawn(
        _ pid: inout pid_t, _ path: String, _ argv: UnsafePointer<UnsafeMutablePointer<CChar>?>,
        _ envp: UnsafePointer<UnsafeMutablePointer<CChar>?>, _ directory: String?,
        _ streams: (Int32, Int32, Int32)
    ) -> Int32 {
        guard let directory else {
            return yuma_spawn(&pid, path, argv, envp, nil, streams.0, streams.1, streams.2)
        }
        return yuma_spawn(&pid, path, argv, envp, directory, streams.0, streams.1, streams.2)
    }
}
