import Foundation

/// Why a ``ChildProcess`` did not start.
public enum ChildProcessError: Error, Equatable, CustomStringConvertible {
    /// `run()` was called without an `executableURL`.
    case noExecutable
    /// `run()` was called a second time.
    case alreadyStarted(String)
    /// `posix_spawn` failed with `errno`.
    case spawnFailed(String, errno: Int32)

    /// One line naming the program and the reason.
    public var description: String {
        switch self {
        case .noExecutable: "no program to start: executableURL is not set"
        case .alreadyStarted(let path): "\(path) was already started"
        case .spawnFailed(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
        }
    }
}

extension ChildProcessError: LocalizedError {
    /// The same line as ``description``.
    public var errorDescription: String? { description }
}
