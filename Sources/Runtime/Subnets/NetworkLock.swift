/// What creating a subnet costs (subtensor `get_network_lock_cost`, v1.x–v3.3.0).
///
/// Each registration doubles the last lock, which then decays linearly back over
/// `reductionInterval` blocks:
/// `cost = max(minLock, lastLock × m − (lastLock / reductionInterval) × (now − lastLockBlock))`,
/// m = 1 before the first registration, else 2. One network per `rateLimit` blocks.
public struct NetworkLock: Sendable, Equatable, Codable {
    /// The cost never falls under this (`NetworkMinLockCost`, 1000 τ).
    public var minLock: Rao = 1_000 * raoPerTao
    /// The last lock paid (`NetworkLastLockCost`; starts at the minimum).
    public var lastLock: Rao = 1_000 * raoPerTao
    /// Block of the last network registration (0 = never).
    public var lastLockBlock: BlockNumber = 0
    /// Blocks over which a doubled lock decays back (`NetworkLockReductionInterval`, 14 days).
    public var reductionInterval: UInt64 = 14 * 7_200
    /// Blocks between two network registrations (`NetworkRateLimit`, one day).
    public var rateLimit: UInt64 = 7_200

    /// The defaults of the chain.
    public init() {}

    /// The lock cost of a network registered at `block`.
    public func cost(at block: BlockNumber) -> Rao {
        let multiplier: Rao = lastLockBlock == 0 ? 1 : 2
        let decayPerBlock = reductionInterval == 0 ? 0 : lastLock / reductionInterval
        let decay = decayPerBlock.multipliedClamped(by: block.subtractingClamped(lastLockBlock))
        return max(minLock, lastLock.multipliedClamped(by: multiplier).subtractingClamped(decay))
    }

    /// Whether a network may be registered at `block` (the first one always may).
    public func passesRateLimit(at block: BlockNumber) -> Bool {
        lastLockBlock == 0 || block.subtractingClamped(lastLockBlock) >= rateLimit
    }
}

extension UInt64 {
    /// `self × other`, clamped at `UInt64.max`.
    fileprivate func multipliedClamped(by other: UInt64) -> UInt64 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
