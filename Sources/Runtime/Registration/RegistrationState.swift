/// Registration state shared by all subnets.
public struct RegistrationState: Sendable, Equatable {
    /// `UsedWork`: seals already spent on a registration, with the block they were spent in. The
    /// 2022 chain refuses a seal twice; Finney records it but no longer checks it (its seal is bound to
    /// the hotkey, which can register on a subnet only once).
    public var usedWork = TrackedMap<[UInt8], BlockNumber>()
    /// Network registration cost and rate limit.
    public var networkLock = NetworkLock()

    /// An empty registration state.
    public init() {}
}
