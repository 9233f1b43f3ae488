import Consensus
import FixedPoint

/// The pure vector rules of `set_weights` (subtensor `subnets/weights.rs`, `epoch/math.rs`, and the
/// 2022 `weights.rs`).
enum WeightRules {
    /// Whether the vector is exactly one weight on the setter's own uid.
    static func isSelfWeight(uid: UID, uids: [UID]) -> Bool {
        uids.count == 1 && uids.first == uid
    }

    /// Whether a uid appears twice (one bit per possible uid, no hashing).
    static func hasDuplicates(_ uids: [UID]) -> Bool {
        var seen = [UInt64](repeating: 0, count: (Int(UID.max) + 1) / 64)
        for uid in uids {
            let word = Int(uid >> 6)
            let bit = UInt64(1) << UInt64(uid & 63)
            if seen[word] & bit != 0 { return true }
            seen[word] |= bit
        }
        return false
    }

    /// `check_vec_max_limited`: after normalizing in `I32F32`, no entry exceeds `limit/65535`.
    static func isMaxLimited(_ values: [UInt16], limit: UInt16) -> Bool {
        let bound = I32F32(saturating: limit).safeDiv(I32F32(saturating: UInt16.max))
        let normalized = EpochMath.normalize(values.map { I32F32(saturating: $0) })
        return normalized.max().map { $0 <= bound } ?? true
    }

    /// The 2022 `normalize`: x × u32::MAX / Σx in integers (floor); a zero sum leaves the values.
    static func normalizeToU32Max(_ values: [UInt32]) -> [UInt32] {
        let sum = values.reduce(UInt64(0)) { $0.addingClamped(UInt64($1)) }
        guard sum > 0 else { return values }
        // Both factors are below 2^32, so the product fits in 64 bits; x ≤ Σ keeps the result in u32.
        return values.map { UInt32(truncatingIfNeeded: UInt64($0) * UInt64(UInt32.max) / sum) }
    }
}
