/// Calls of the serving pallet; the signer is the hotkey.
public enum ServingCall: Sendable, Equatable {
    /// Announces the hotkey's axon on `netuid`. In Nakamoto `protocol` carries the 2022 modality,
    /// which must be 0, and the address must not be 0.
    case serveAxon(
        netuid: NetUID, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8, protocol: UInt8,
        placeholder1: UInt8, placeholder2: UInt8)
    /// Announces the hotkey's Prometheus endpoint on `netuid`.
    case servePrometheus(netuid: NetUID, version: UInt32, ip: UInt128, port: UInt16, ipType: UInt8)
}

/// Events of the serving pallet.
public enum ServingEvent: Sendable, Equatable {
    /// A hotkey's axon was stored.
    case axonServed(netuid: NetUID, hotkey: AccountID)
    /// A hotkey's Prometheus endpoint was stored.
    case prometheusServed(netuid: NetUID, hotkey: AccountID)
}

/// Why a serving call failed.
public enum ServingError: Error, Sendable, Equatable {
    /// The hotkey holds no uid on any subnet (Nakamoto: on the network); register it first.
    case hotKeyNotRegisteredInNetwork
    /// The hotkey holds no uid on this subnet, where Yuma stores endpoints per uid.
    case hotKeyNotRegisteredInSubNet
    /// The ip type is neither 4 nor 6.
    case invalidIpType
    /// The address is out of range for its type, a loopback address, or 0 where 0 is not allowed.
    case invalidIpAddress
    /// The port is 0.
    case invalidPort
    /// Fewer than `ServingRateLimit` blocks since the last announcement.
    case servingRateLimitExceeded
    /// The 2022 modality is not 0 (text).
    case invalidModality
}
