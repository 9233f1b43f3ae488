/// Where an axon serves: its address and the hotkey it signs with (the target a dendrite calls).
public struct AxonEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// IPv4 or IPv6 address as text (`127.0.0.1`).
    public var ip: String
    /// TCP port.
    public var port: Int
    /// The axon's hotkey as SS58; the dendrite signs for it and the axon checks it is its own.
    public var hotkey: String

    /// An endpoint at `ip:port` owned by `hotkey`.
    public init(ip: String, port: Int, hotkey: String) {
        self.ip = ip
        self.port = port
        self.hotkey = hotkey
    }

    /// `ip:port`, with brackets around an IPv6 address.
    public var hostPort: String { ip.contains(":") ? "[\(ip)]:\(port)" : "\(ip):\(port)" }

    /// `ip:port (hotkey)`.
    public var description: String { "\(hostPort) (\(hotkey))" }
}
