/// The bare `Synapse` every axon serves on `/Synapse` (Python's `ping`): no fields, echoed back.
public struct PingSynapse: Synapse {
    /// The Python base class name.
    public static var name: String { "Synapse" }

    /// A ping.
    public init() {}

    /// A ping has no fields: its only value.
    public static var fieldless: PingSynapse? { PingSynapse() }
}
