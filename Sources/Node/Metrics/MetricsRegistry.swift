import Synchronization

/// One series of a metric family, able to write its samples in the Prometheus text format.
protocol MetricSeries: AnyObject, Sendable {
    func render(name: String, labels: MetricLabels, into output: inout String)
}

/// The node's metrics: named families of counters, gauges and histograms, rendered for `/metrics`.
///
/// Asking twice for the same name and labels returns the same series, so callers may look series up
/// per request (`registry.counter("yuma_rpc_requests_total", …, labels: ["method": name])`). Asking for
/// an existing name with another kind returns a detached series that is never exported.
public final class MetricsRegistry: Sendable {
    enum Kind: String, Sendable {
        case counter, gauge, histogram
    }

    struct Family {
        let kind: Kind
        let help: String
        var series: [MetricLabels: any MetricSeries] = [:]
    }

    private let families = Mutex<[String: Family]>([:])

    /// Creates an empty registry.
    public init() {}

    /// The counter `name` with these labels, created on first use.
    public func counter(_ name: String, help: String, labels: [String: String] = [:]) -> Counter {
        series(name, help: help, kind: .counter, labels: labels) { Counter() }
    }

    /// The gauge `name` with these labels, created on first use.
    public func gauge(_ name: String, help: String, labels: [String: String] = [:]) -> Gauge {
        series(name, help: help, kind: .gauge, labels: labels) { Gauge() }
    }

    /// The histogram `name` with these labels, created on first use with `buckets` (upper bounds).
    public func histogram(
        _ name: String, help: String, buckets: [Double] = Histogram.latencyBuckets,
        labels: [String: String] = [:]
    ) -> Histogram {
        series(name, help: help, kind: .histogram, labels: labels) { Histogram(buckets: buckets) }
    }

    private func series<Series: MetricSeries>(
        _ name: String, help: String, kind: Kind, labels: [String: String], make: () -> Series
    ) -> Series {
        let key = MetricLabels(labels)
        return families.withLock { families in
            var family = families[name] ?? Family(kind: kind, help: help)
            guard family.kind == kind else { return make() }
            if let existing = family.series[key] as? Series { return existing }
            let created = make()
            family.series[key] = created
            families[name] = family
            return created
        }
    }

    /// Every family in the Prometheus text exposition format (version 0.0.4), sorted by name.
    public func render() -> String {
        let snapshot = families.withLock { $0 }
        var output = ""
        for (name, family) in snapshot.sorted(by: { $0.key < $1.key }) {
            output += "# HELP \(name) \(family.help.replacingNewlines())\n"
            output += "# TYPE \(name) \(family.kind.rawValue)\n"
            let ordered = family.series.sorted { $0.key.rendered() < $1.key.rendered() }
            for (labels, series) in ordered {
                series.render(name: name, labels: labels, into: &output)
            }
        }
        return output
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
