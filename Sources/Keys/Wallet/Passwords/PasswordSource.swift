/// Where keyfile passwords come from: the environment, a terminal, or a fixed value in tests.
///
/// A wallet asks its source only when a keyfile must actually be encrypted or decrypted.
/// Implementations must never log or print the password.
public protocol PasswordSource: Sendable {
    /// The password for `request`, or a ``PasswordError`` saying why there is none.
    func password(for request: PasswordRequest) throws(PasswordError) -> String
}

/// Tries `primary` first and asks `fallback` only when `primary` has no password to give
/// (``PasswordError/isUnavailable``), as btcli reads `BT_PW_…` before prompting.
public struct FallbackPasswordSource<Primary: PasswordSource, Fallback: PasswordSource>: PasswordSource {
    /// The source tried first.
    public let primary: Primary
    /// The source asked when the first has nothing.
    public let fallback: Fallback

    /// Tries `primary`, then `fallback`.
    public init(_ primary: Primary, then fallback: Fallback) {
        self.primary = primary
        self.fallback = fallback
    }

    /// The first source's password, or the fallback's if the first has none.
    public func password(for request: PasswordRequest) throws(PasswordError) -> String {
        do {
            return try primary.password(for: request)
        } catch  where error.isUnavailable {
            return try fallback.password(for: request)
        }
    }
}

/// A constant password, for tests and for callers that already hold it. It never prints the password.
public struct FixedPasswordSource: PasswordSource, CustomStringConvertible, CustomReflectable {
    /// The password returned for every request.
    private let value: String

    /// A source that always answers `password`.
    public init(_ password: String) {
        value = password
    }

    /// The fixed password.
    public func password(for request: PasswordRequest) throws(PasswordError) -> String { value }

    /// Never the password.
    public var description: String { "FixedPasswordSource(redacted)" }

    /// No children, so `dump` cannot print the password.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// A source with no password at all: any keyfile that needs one fails with
/// ``PasswordError/unavailable(_:)``. Use it where prompting is forbidden (`--no-prompt`).
public struct NoPasswordSource: PasswordSource {
    /// A source that never has a password.
    public init() {}

    /// Always throws ``PasswordError/unavailable(_:)``.
    public func password(for request: PasswordRequest) throws(PasswordError) -> String {
        throw .unavailable(request.keyName)
    }
}
