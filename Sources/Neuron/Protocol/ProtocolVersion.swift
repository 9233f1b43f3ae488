/// The protocol version Yuma announces in `bt_header_dendrite_version`: written as
/// `major·1_000_000 + minor·1_000 + patch` and at least 7_002_000, so axons apply the wall-clock
/// nonce rules.
public enum ProtocolVersion {
    /// The version of the Python SDK whose protocol Yuma speaks (10.5.0).
    public static let current = 10_005_000
    /// The first version whose nonces are wall-clock nanoseconds (7.2.0).
    public static let wallClockNonces = 7_002_000
}
