import Runtime

/// How a validator turns its view of the miners into a weight vector the chain accepts.
///
/// Its view of miner `j` is the miner's true quality plus Gaussian noise of spread `noise` (drawn
/// afresh each time). It weights the `k` best-looking uids other than itself, where `k` is a quarter of
/// the network but at least `MinAllowedWeights` and enough to stay under `MaxWeightLimit`; weights are
/// the view's excess over the k-th best, mixed with a uniform vector just enough to respect the limit.
struct ValidatorView {
    /// Uids and u32 weight values (the chain normalizes them).
    static func weights(
        selfUid: Int, qualities: [Double], isValidator: [Bool], minAllowed: Int, maxWeightLimit: UInt32,
        fullScale: Double, noise: Double, random: inout SimulationRandom
    ) -> (uids: [UID], values: [UInt32]) {
        var views = [Double](repeating: 0, count: qualities.count)
        var order: [UInt128] = []
        order.reserveCapacity(qualities.count)
        for uid in qualities.indices where uid != selfUid && !isValidator[uid] {
            views[uid] = qualities[uid] + noise * random.normal()
            order.append(sortKey(uid: uid, view: views[uid]))
        }
        guard !order.isEmpty else { return ([UID(truncatingIfNeeded: selfUid)], [UInt32.max]) }
        let limitShare = Double(maxWeightLimit) / fullScale
        let needed = limitShare >= 1 ? 1 : Int((1 / limitShare).rounded(.up)) + 1
        let k = min(order.count, max(minAllowed, needed, max(1, qualities.count / 4)))
        order.sort()
        let chosen = order.prefix(k).map { Int(truncatingIfNeeded: UInt64(truncatingIfNeeded: $0)) }
        let floor = chosen.last.map { views[$0] } ?? 0
        var shares = chosen.map { max(0, views[$0] - floor) + 0.05 }
        let total = shares.reduce(0, +)
        for i in shares.indices { shares[i] /= total }
        // Mix with uniform so that the largest share stays under 90 % of the limit.
        let uniform = 1 / Double(k)
        let target = 0.9 * limitShare
        if let largest = shares.max(), largest > target, largest > uniform {
            let alpha = max(0, (target - uniform) / (largest - uniform))
            for i in shares.indices { shares[i] = alpha * shares[i] + (1 - alpha) * uniform }
        }
        let largest = shares.max() ?? 1
        let values = shares.map { UInt32(max(1, min(65_535, ($0 / largest * 65_535).rounded()))) }
        return (chosen.map { UID(truncatingIfNeeded: $0) }, values)
    }
}

extension ValidatorView {
    /// Sorts best view first, then lower uid: the view's bits mapped to an order-preserving unsigned
    /// integer and inverted, above the uid.
    static func sortKey(uid: Int, view: Double) -> UInt128 {
        let bits = (view + 0).bitPattern  // + 0 turns −0 into +0, which compares equal
        let ascending = bits >> 63 == 1 ? ~bits : bits | 1 << 63
        return UInt128(~ascending) << 64 | UInt128(UInt64(truncatingIfNeeded: uid))
    }
}
