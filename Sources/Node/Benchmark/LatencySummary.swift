/// Percentiles of a set of durations, in milliseconds.
public struct LatencySummary: Sendable, Codable, Equatable {
    /// Number of samples.
    public var count: Int
    /// Median.
    public var p50: Double
    /// 99th percentile.
    public var p99: Double
    /// Largest sample.
    public var max: Double

    /// The summary of `samples` (seconds); all zero when there are none.
    public init(seconds samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = Swift.min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)
            return sorted[Swift.max(0, index)] * 1_000
        }
        p50 = percentile(0.50)
        p99 = percentile(0.99)
        max = (sorted.last ?? 0) * 1_000
    }
}
