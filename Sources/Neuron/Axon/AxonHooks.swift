/// What an axon knows of a request before it reads the body: what blacklist, priority and forward see.
public struct SynapseContext: Sendable {
    /// The route (synapse name).
    public let name: String
    /// The caller's terminal fields from the headers, with `ip` and `port` of the connection.
    public let dendrite: TerminalInfo
    /// The request's total deadline in seconds.
    public let timeout: Double
    /// The priority the priority hook gave (0 without one).
    public internal(set) var priority: Double

    /// The caller's hotkey (SS58), `""` if the header is missing.
    public var callerHotkey: String { dendrite.hotkey ?? "" }

    /// A context for `name` called by `dendrite`.
    public init(name: String, dendrite: TerminalInfo, timeout: Double, priority: Double = 0) {
        self.name = name
        self.dendrite = dendrite
        self.timeout = timeout
        self.priority = priority
    }
}

/// A blacklist verdict: refused requests get `403 Forbidden. Key is blacklisted: {reason}.`
public struct BlacklistDecision: Sendable, Equatable {
    /// Whether the request is refused.
    public let isBlacklisted: Bool
    /// Why (shown to the caller when refused).
    public let reason: String

    /// Let the request through.
    public static func allow(_ reason: String = "Allowed") -> Self { Self(isBlacklisted: false, reason: reason) }
    /// Refuse the request with `reason`.
    public static func refuse(_ reason: String) -> Self { Self(isBlacklisted: true, reason: reason) }
}

/// Decides whether to refuse a caller; runs before the signature is checked, so it must be cheap.
public typealias BlacklistHook = @Sendable (SynapseContext) async -> BlacklistDecision
/// Ranks a request (higher first); it must answer within the request's timeout or the caller gets `408`.
public typealias PriorityHook = @Sendable (SynapseContext) async -> Double
/// An extra check after the signature; throwing refuses with `401 Not Verified with error: {error}`.
public typealias VerifyHook = @Sendable (SynapseContext) async throws -> Void
