/// Why a localnet command could not do what it was asked.
public struct LocalnetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong and what to do next.
    public let description: String

    /// An error with its message.
    public init(_ description: String) { self.description = description }
}
