import FixedPoint

/// The difficulty and burn adjustment run at the start of every block for every subnet whose
/// `AdjustmentInterval` has elapsed since its last adjustment (`spec/chain.md` §3).
extension Registration {
    /// `adjust_registration_terms_for_networks` (Finney) / `update_difficulty` (Nakamoto).
    static func adjustRegistrationTerms(state: inout ChainState) -> [Event] {
        let current = state.blockNumber
        var events: [Event] = []
        for netuid in state.subnets.keys.sorted() {
            guard var subnet = state.subnets[netuid] else { continue }
            let interval = UInt64(subnet.hyperparameters.adjustmentInterval)
            if current.subtractingClamped(subnet.lastAdjustmentBlock) >= interval {
                switch state.era {
                case .finney: events += adjustFinney(&subnet)
                case .nakamoto: events += adjustNakamoto(&subnet)
                }
                subnet.lastAdjustmentBlock = current
                subnet.registrationsThisInterval = 0
                subnet.powRegistrationsThisInterval = 0
                subnet.burnRegistrationsThisInterval = 0
            }
            subnet.registrationsThisBlock = 0
            state.subnets[netuid] = subnet
        }
        return events
    }

    /// Finney: over target, raise what was used more (both on a tie); at or under target, lower what
    /// was used less (both on a tie).
    static func adjustFinney(_ subnet: inout Subnet) -> [Event] {
        let parameters = subnet.hyperparameters
        let registrations = subnet.registrationsThisInterval
        let target = parameters.targetRegistrationsPerInterval
        let pow = subnet.powRegistrationsThisInterval
        let burned = subnet.burnRegistrationsThisInterval
        let overTarget = registrations > target
        let adjustDifficulty = overTarget ? pow >= burned : pow <= burned
        let adjustBurn = overTarget ? pow <= burned : pow >= burned
        var events: [Event] = []
        if adjustBurn {
            let burn = adjusted(
                parameters.burn, registrations: registrations, target: target,
                alpha: parameters.adjustmentAlpha,
                min: parameters.minBurn, max: parameters.maxBurn)
            subnet.hyperparameters.burn = burn
            events.append(.registration(.burnSet(netuid: subnet.netuid, burn: burn)))
        }
        if adjustDifficulty {
            let difficulty = adjusted(
                parameters.difficulty, registrations: registrations, target: target,
                alpha: parameters.adjustmentAlpha,
                min: parameters.minDifficulty, max: parameters.maxDifficulty)
            subnet.hyperparameters.difficulty = difficulty
            events.append(.registration(.difficultySet(netuid: subnet.netuid, difficulty: difficulty)))
        }
        return events
    }

    /// `upgraded_difficulty` / `upgraded_burn` in U110F18:
    /// `next = α·cur + (1 − α)·cur·(r + t)/(2t)`, α = alpha / u64::MAX; `≥ max → max`, `≤ min → min`,
    /// else floor. A zero target gives `next = α·cur` (the chain's `safe_div` returns zero).
    static func adjusted(
        _ current: UInt64, registrations: UInt16, target: UInt16, alpha rawAlpha: UInt64, min: UInt64,
        max: UInt64
    )
        -> UInt64
    {
        let value = U110F18(saturating: current)
        let updated = value.saturatingMul(U110F18(saturating: registrations.addingClamped(target)))
            .safeDiv(U110F18(saturating: target.addingClamped(target)))
        let alpha = U110F18(saturating: rawAlpha).safeDiv(U110F18(saturating: UInt64.max))
        let next = alpha.saturatingMul(value).saturatingAdd(
            U110F18(1).saturatingSub(alpha).saturatingMul(updated))
        if next >= U110F18(saturating: max) { return max }
        if next <= U110F18(saturating: min) { return min }
        return next.saturatingToUInt64()
    }

    /// Nakamoto: more registrations than the target doubles the difficulty (capped at the maximum),
    /// otherwise it halves (floored at the minimum).
    static func adjustNakamoto(_ subnet: inout Subnet) -> [Event] {
        let parameters = subnet.hyperparameters
        let current = parameters.difficulty
        var next: UInt64
        if subnet.registrationsThisInterval > parameters.targetRegistrationsPerInterval {
            let (doubled, overflow) = current.multipliedReportingOverflow(by: 2)
            next = overflow ? .max : doubled
            if next >= parameters.maxDifficulty { next = parameters.maxDifficulty }
        } else {
            next = current / 2
            if next <= parameters.minDifficulty { next = parameters.minDifficulty }
        }
        subnet.hyperparameters.difficulty = next
        return [.registration(.difficultySet(netuid: subnet.netuid, difficulty: next))]
    }
}

extension UInt16 {
    /// `self + other`, clamped at `UInt16.max`.
    fileprivate func addingClamped(_ other: UInt16) -> UInt16 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
