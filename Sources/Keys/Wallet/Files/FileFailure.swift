/// A failed file-system call: which operation, on which path, and the system's reason.
public struct FileFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation that failed, such as `open`, `write` or `rename`.
    public let operation: String
    /// The path it was applied to.
    public let path: String
    /// The `errno` value.
    public let code: Int32

    /// The operation, path and the system's explanation.
    public var description: String {
        "\(operation) \(path) failed: \(errnoDescription(code))"
    }
}
