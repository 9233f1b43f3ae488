/// Turns moving-average scores into the u16 weights a validator sets on chain, as the 2022
/// `core_validator` did.
///
/// 1. Keep UIDs with a positive finite score.
/// 2. Drop those below the `excludeQuantile` quantile of the scores (linear interpolation), lowering the
///    quantile so that at least `minimumAllowedWeights` UIDs stay.
/// 3. ``normalizeMaxWeight(_:limit:)``: normalise to sum 1 with no weight above `maxWeightLimit`.
/// 4. Scale so that the largest weight is 65535, round, drop zeros (the chain's max-upscaled form).
public struct WeightPolicy: Sendable {
    /// The fraction of lowest scores excluded (2022: `ValidatorExcludeQuantile` 6554 / 65535 ≈ 0.1).
    public let excludeQuantile: Double
    /// The fewest UIDs the exclusion may leave (`MinAllowedWeights`).
    public let minimumAllowedWeights: Int
    /// The largest share any UID may get, in `(0, 1]` (`MaxWeightsLimit` / 65535; 1 means no cap).
    public let maxWeightLimit: Double

    /// A policy; the defaults exclude the lowest 10 % and cap nothing.
    public init(excludeQuantile: Double = 6554.0 / 65535.0, minimumAllowedWeights: Int = 1, maxWeightLimit: Double = 1) {
        self.excludeQuantile = excludeQuantile
        self.minimumAllowedWeights = max(0, minimumAllowedWeights)
        self.maxWeightLimit = maxWeightLimit
    }

    /// The weights to set, by ascending UID, from moving-average scores.
    public func weights(for scores: [UInt16: Double]) -> [(uid: UInt16, weight: UInt16)] {
        var kept = scores.filter { $0.value.isFinite && $0.value > 0 }.sorted { $0.key < $1.key }
        guard !kept.isEmpty else { return [] }
        let count = Double(kept.count)
        let maxExclude = (count - Double(minimumAllowedWeights)) / count
        if maxExclude > 0 {
            let threshold = WeightPolicy.quantile(kept.map(\.value), min(excludeQuantile, maxExclude))
            kept = kept.filter { $0.value >= threshold }
        }
        let shares = WeightPolicy.normalizeMaxWeight(kept.map(\.value), limit: maxWeightLimit)
        let largest = shares.max() ?? 0
        guard largest > 0 else { return [] }
        return zip(kept, shares).compactMap { entry, share in
            let weight = UInt16(min(65535, (share / largest * 65535).rounded()))
            return weight > 0 ? (entry.key, weight) : nil
        }
    }

    /// The `q` quantile of `values` with linear interpolation between order statistics.
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let position = max(0, min(1, q)) * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(sorted.count - 1, low + 1)
        return low == high ? sorted[low] : sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }
}
