import Synchronization

/// Observations counted into fixed buckets (Prometheus `histogram`), e.g. RPC latency in seconds.
public final class Histogram: Sendable {
    /// The default latency buckets, in seconds (100 µs … 10 s).
    public static let latencyBuckets: [Double] = [
        0.0001, 0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
    ]

    private struct State {
        var bucketCounts: [UInt64]
        var sum: Double = 0
        var count: UInt64 = 0
    }

    /// The upper bounds of the buckets, ascending; `+Inf` is implicit.
    public let upperBounds: [Double]
    private let state: Mutex<State>

    init(buckets: [Double]) {
        let bounds = Array(Set(buckets.filter { $0.isFinite })).sorted()
        self.upperBounds = bounds
        self.state = Mutex(State(bucketCounts: Array(repeating: 0, count: bounds.count)))
    }

    /// Records one observation.
    public func observe(_ value: Double) {
        let index = upperBounds.firstIndex { value <= $0 }
        state.withLock { state in
            if let index { state.bucketCounts[index] &+= 1 }
            state.sum += value
            state.count &+= 1
        }
    }

    /// Records a duration in seconds.
    public func observe(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        observe(Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// The number of observations so far.
    public var count: UInt64 { state.withLock { $0.count } }
}

extension Histogram: MetricSeries {
    func render(name: String, labels: MetricLabels, into output: inout String) {
        let snapshot = state.withLock { $0 }
        var cumulative: UInt64 = 0
        for (bound, count) in zip(upperBounds, snapshot.bucketCounts) {
            cumulative &+= count
            output +=
                "\(name)_bucket\(labels.rendered(extra: [("le", prometheusNumber(bound))])) \(cumulative)\n"
        }
        output += "\(name)_bucket\(labels.rendered(extra: [("le", "+Inf")])) \(snapshot.count)\n"
        output += "\(name)_sum\(labels.rendered()) \(prometheusNumber(snapshot.sum))\n"
        output += "\(name)_count\(labels.rendered()) \(snapshot.count)\n"
    }
}
