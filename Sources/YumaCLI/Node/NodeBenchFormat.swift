import Foundation
import Node

/// How `yuma node bench` prints its report.
enum NodeBenchFormat {
    /// One block of aligned lines per part, each with its goal.
    static func table(_ report: NodeBenchmarkReport) -> String {
        var lines: [String] = []
        if let t = report.transfers {
            lines += [
                "transfers  \(t.accounts) accounts, \(t.connections) WebSocket connections, \(t.submitters) submitters, "
                    + "block time \(t.blockTimeMilliseconds) ms, \(f(t.seconds, 1)) s (signed beforehand in \(f(t.signingSeconds, 1)) s)",
                "  admitted   \(f(t.admittedPerSecond, 0)) /s  (\(t.admitted) admitted, \(t.refused) refused)",
                "  included   \(f(t.includedPerSecond, 0)) /s  (\(t.included) in \(t.blocks) blocks; slowest second \(t.slowestSecondIncluded))  goal 5000 /s",
                "  submit     p50 \(f(t.submitLatency.p50, 2)) ms  p99 \(f(t.submitLatency.p99, 2)) ms",
            ]
        }
        if let m = report.metagraph {
            lines += [
                "metagraph  \(m.uids) uids (built in \(f(m.setupSeconds, 1)) s), \(m.latency.count) queries over HTTP, \(m.clients) clients",
                "  latency    p50 \(f(m.latency.p50, 1)) ms  p99 \(f(m.latency.p99, 1)) ms  max \(f(m.latency.max, 1)) ms  goal p99 <= 50 ms",
            ]
        }
        if let h = report.newHeads {
            lines += [
                "new heads  \(h.subscribers) WebSocket subscribers, \(h.blocks) blocks",
                "  complete   \(h.complete) of \(h.subscribers) received every head (\(h.missedHeads) heads missed)  goal 1000",
                "  delivery   p50 \(f(h.delivery.p50, 1)) ms  p99 \(f(h.delivery.p99, 1)) ms to the last subscriber",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object with sorted keys.
    static func json(_ report: NodeBenchmarkReport) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(report) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
