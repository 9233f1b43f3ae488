import Synchronization

/// A value that goes up and down (Prometheus `gauge`): block height, pool size, open connections.
public final class Gauge: Sendable {
    private let storage = Mutex<Double>(0)

    init() {}

    /// Sets the value.
    public func set(_ value: Double) { storage.withLock { $0 = value } }

    /// Adds `amount` (default 1).
    public func increment(by amount: Double = 1) { storage.withLock { $0 += amount } }

    /// Subtracts `amount` (default 1).
    public func decrement(by amount: Double = 1) { storage.withLock { $0 -= amount } }

    /// The current value.
    public var value: Double { storage.withLock { $0 } }
}

extension Gauge: MetricSeries {
    func render(name: String, labels: MetricLabels, into output: inout String) {
        output += "\(name)\(labels.rendered()) \(prometheusNumber(value))\n"
    }
}
