#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The address a neuron announces on chain, and the conversions the serving call needs.
public enum ExternalAddress {
    /// The first IPv4 address of an up, non-loopback interface; `127.0.0.2` when there is none (the
    /// chain refuses exactly `127.0.0.1`, as subtensor does, while all of 127/8 reaches this machine).
    public static func detectIPv4() -> String {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return fallback }
        defer { freeifaddrs(list) }
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0
            else { continue }
            let ipv4 = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr }
            let value = UInt32(bigEndian: ipv4)
            return "\(value >> 24).\((value >> 16) & 0xff).\((value >> 8) & 0xff).\(value & 0xff)"
        }
        return fallback
    }

    /// The address used when no interface has one.
    public static let fallback = "127.0.0.2"

    /// A dotted IPv4 address as the chain's integer, `nil` when malformed.
    public static func ipv4Integer(_ text: String) -> UInt128? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt128 = 0
        for part in parts {
            guard let octet = UInt8(part) else { return nil }
            value = value << 8 | UInt128(octet)
        }
        return value
    }

    /// Where to connect for an axon announced at `ip`: this machine's own external address (or any
    /// loopback) means 127.0.0.1, as Bittensor's dendrite does.
    public static func connectAddress(for ip: String, ownExternalIP: String) -> String {
        ip == ownExternalIP || ip.hasPrefix("127.") || ip == "0.0.0.0" ? "127.0.0.1" : ip
    }
}
