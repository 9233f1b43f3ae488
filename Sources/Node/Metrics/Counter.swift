import Synchronization

/// A monotonically increasing count (Prometheus `counter`); safe to bump from any task.
public final class Counter: Sendable {
    private let storage = Atomic<UInt64>(0)

    init() {}

    /// Adds `amount` (default 1), wrapping never: the count saturates at `UInt64.max`.
    public func increment(by amount: UInt64 = 1) {
        var current = storage.load(ordering: .relaxed)
        while true {
            let (sum, overflow) = current.addingReportingOverflow(amount)
            let next = overflow ? UInt64.max : sum
            let (exchanged, original) = storage.compareExchange(
                expected: current, desired: next, ordering: .relaxed
            )
            if exchanged { return }
            current = original
        }
    }

    /// The current count.
    public var value: UInt64 { storage.load(ordering: .relaxed) }
}

extension Counter: MetricSeries {
    func render(name: String, labels: MetricLabels, into output: inout String) {
        output += "\(name)\(labels.rendered()) \(value)\n"
    }
}
