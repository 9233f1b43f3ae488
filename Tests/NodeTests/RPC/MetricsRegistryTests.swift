import Testing

@testable import Node

/// The Prometheus text the registry renders, and its thread safety.
@Suite struct MetricsRegistryTests {
    @Test func rendersTheTextFormat() {
        let registry = MetricsRegistry()
        registry.counter("yuma_calls_total", help: "Calls.", labels: ["method": "a\"b\\c\nd"]).increment(
            by: 3)
        registry.gauge("yuma_height", help: "Block height.").set(42)
        let histogram = registry.histogram("yuma_latency_seconds", help: "Latency.", buckets: [0.1, 1])
        histogram.observe(0.05)
        histogram.observe(0.5)
        histogram.observe(5)
        #expect(
            registry.render() == """
                # HELP yuma_calls_total Calls.
                # TYPE yuma_calls_total counter
                yuma_calls_total{method="a\\"b\\\\c\\nd"} 3
                # HELP yuma_height Block height.
                # TYPE yuma_height gauge
                yuma_height 42
                # HELP yuma_latency_seconds Latency.
                # TYPE yuma_latency_seconds histogram
                yuma_latency_seconds_bucket{le="0.1"} 1
                yuma_latency_seconds_bucket{le="1"} 2
                yuma_latency_seconds_bucket{le="+Inf"} 3
                yuma_latency_seconds_sum 5.55
                yuma_latency_seconds_count 3

                """)
    }

    @Test func sameNameAndLabelsGiveTheSameSeries() {
        let registry = MetricsRegistry()
        registry.counter("c", help: "h", labels: ["m": "x"]).increment()
        registry.counter("c", help: "h", labels: ["m": "x"]).increment()
        registry.counter("c", help: "h", labels: ["m": "y"]).increment()
        #expect(registry.counter("c", help: "h", labels: ["m": "x"]).value == 2)
        #expect(registry.gauge("c", help: "h").value == 0)
        #expect(!registry.render().contains("gauge"))
    }

    @Test func concurrentUpdatesAreAllCounted() async {
        let registry = MetricsRegistry()
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<8 {
                group.addTask {
                    for _ in 0..<1000 {
                        registry.counter("n", help: "h", labels: ["task": "\(task % 2)"]).increment()
                        registry.histogram("t", help: "h").observe(0.001)
                    }
                }
            }
        }
        #expect(registry.counter("n", help: "h", labels: ["task": "0"]).value == 4000)
        #expect(registry.histogram("t", help: "h").count == 8000)
    }
}
