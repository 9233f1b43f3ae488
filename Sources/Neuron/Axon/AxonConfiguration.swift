/// What an axon tolerates: body size, forward time, nonce memory.
public struct AxonConfiguration: Sendable {
    /// Largest request body accepted; a larger one gets `413` (Python's axon has no limit).
    public var maxBodyBytes: Int
    /// Longest a forward may run before the axon answers `408`; `nil` uses the request's own `timeout`
    /// (Python's axon never cuts a forward short; its dendrite simply stops waiting).
    public var forwardTimeout: Duration?
    /// Request timeouts above this do not widen the nonce window further (see ``NonceWindow``).
    public var nonceMaxTimeout: Double
    /// Nonces remembered per `hotkey:uuid` endpoint.
    public var nonceCapacity: Int

    /// A configuration with Yuma's defaults: 8 MiB bodies, forwards bounded by the request timeout.
    public init(
        maxBodyBytes: Int = 8 << 20,
        forwardTimeout: Duration? = nil, nonceMaxTimeout: Double = 60, nonceCapacity: Int = 4096
    ) {
        self.maxBodyBytes = maxBodyBytes
        self.forwardTimeout = forwardTimeout
        self.nonceMaxTimeout = nonceMaxTimeout
        self.nonceCapacity = nonceCapacity
    }
}
