// The modulo epoch scheduler of subtensor v0.0.1 through v3.3.0
// (`coinbase/run_coinbase.rs::blocks_until_next_epoch` and `should_run_epoch` in v3.3.0-361).
//
// A subnet runs its epoch on the blocks where (block + netuid + 1) mod (tempo + 1) == 0, so every
// tempo + 1 blocks, staggered by netuid. The block number is advanced with a wrapping add, exactly as
// the chain does: near u64::MAX the adjusted block wraps to a small value.

/// The chain's stateless epoch schedule: which blocks run a subnet's epoch (subtensor ≤ v3.3.0).
public enum EpochSchedule {
    /// Blocks left before `netuid`'s next epoch at `block`: 0 means the epoch runs at `block`; tempo 0 never runs (`UInt64.max`).
    public static func blocksUntilNextEpoch(netuid: UInt16, tempo: UInt16, block: UInt64) -> UInt64 {
        if tempo == 0 {
            return .max
        }
        // Both sums are at most 65_536, so the chain's saturating adds never clamp here.
        let netuidPlusOne = saturatingAdd(UInt64(netuid), 1)
        let tempoPlusOne = saturatingAdd(UInt64(tempo), 1)
        // `wrapping_add`: for block ≥ u64::MAX - netuid the adjusted block wraps around zero.
        let adjustedBlock = block &+ netuidPlusOne
        // `checked_rem(..).unwrap_or(0)`: the divisor is never zero, but a zero divisor would give 0.
        let remainder = tempoPlusOne == 0 ? 0 : adjustedBlock % tempoPlusOne
        // `saturating_sub`: the remainder is at most tempo, so this never clamps.
        let (difference, overflow) = UInt64(tempo).subtractingReportingOverflow(remainder)
        return overflow ? 0 : difference
    }

    /// Whether `netuid` runs its epoch at `block` (`should_run_epoch`: `blocksUntilNextEpoch(...) == 0`).
    public static func shouldRunEpoch(netuid: UInt16, tempo: UInt16, block: UInt64) -> Bool {
        blocksUntilNextEpoch(netuid: netuid, tempo: tempo, block: block) == 0
    }

    /// `lhs + rhs` clamped to `UInt64.max`, the chain's `saturating_add`.
    private static func saturatingAdd(_ lhs: UInt64, _ rhs: UInt64) -> UInt64 {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? .max : sum
    }
}
