/// Registration state shared by all subnets.
public struct RegistrationState: Sendable, Equatable {
    /// An empty registration state.
    public init() {}
}
