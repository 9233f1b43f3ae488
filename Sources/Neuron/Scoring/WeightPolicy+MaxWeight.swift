extension WeightPolicy {
    /// `values` normalised to sum 1 with no share above `limit`: the largest values are cut to a common
    /// cap `c` and the rest keep their proportions (2022 `normalize_max_weight`).
    ///
    /// Uniform shares when the sum is 0 or `n · limit ≤ 1` (no cap can be met). Otherwise, with values
    /// sorted ascending and the smallest `m` left uncut, `c = limit · S_m / (1 − limit · (n − m))`
    /// where `S_m` is their sum; the largest `m` with `v[m−1] ≤ c` is taken.
    public static func normalizeMaxWeight(_ values: [Double], limit: Double) -> [Double] {
        let n = values.count
        guard n > 0 else { return [] }
        let sum = values.reduce(0, +)
        guard sum > 0, Double(n) * limit > 1 else { return Array(repeating: 1 / Double(n), count: n) }
        guard (values.max() ?? 0) / sum > limit else { return values.map { $0 / sum } }
        let sorted = values.sorted()
        var cap = sorted[n - 1]
        var prefix = 0.0
        for m in 1..<n {
            prefix += sorted[m - 1]
            let denominator = 1 - limit * Double(n - m)
            guard denominator > 0 else { continue }
            let candidate = limit * prefix / denominator
            if candidate >= sorted[m - 1] && candidate <= sorted[m] { cap = candidate }
        }
        let cut = values.map { min($0, cap) }
        let total = cut.reduce(0, +)
        return cut.map { $0 / total }
    }
}
