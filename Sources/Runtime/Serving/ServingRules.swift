/// Address rules of `serve_axon` and `serve_prometheus` (subtensor `subnets/serving.rs`).
enum ServingRules {
    /// The accepted ip types.
    static func isValidIpType(_ ipType: UInt8) -> Bool { ipType == 4 || ipType == 6 }

    /// IPv4 must be under u32::MAX and not 127.0.0.1; IPv6 must not be all ones or ::1; zero only if allowed.
    static func isValidIpAddress(_ ip: UInt128, type ipType: UInt8, allowZero: Bool) -> Bool {
        if !allowZero && ip == 0 { return false }
        switch ipType {
        case 4: return ip < UInt128(UInt32.max) && ip != 0x7f00_0001
        case 6: return ip != .max && ip != 1
        default: return true
        }
    }

    /// `ServingRateLimit == 0`, never served (block 0), or at least `limit` blocks since `lastBlock`.
    static func passesRateLimit(lastBlock: BlockNumber, now: BlockNumber, limit: UInt64) -> Bool {
        limit == 0 || lastBlock == 0 || now.subtractingClamped(lastBlock) >= limit
    }
}
