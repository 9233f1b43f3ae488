import ArgumentParser
import Consensus
import Foundation

/// `yuma consensus bench`: the time and memory of one classic epoch on a synthetic subnet.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure one Yuma Consensus epoch on a synthetic subnet.",
        discussion: """
            Builds an n-uid subnet whose first V uids are validators weighting every miner (every other \
            uid when V = n), with the generator of Benchmarks/anchors/README.md, runs the epoch several \
            times and prints the median time and the peak memory. Build with -c release for real figures.
            """
    )

    @Option(name: .long, help: "Number of uids.")
    var n: Int

    @Option(name: .long, help: "Number of validators (uids 0..<V); V = n makes a dense network.")
    var validators: Int

    @Option(name: .long, help: "Number of timed epochs; the median is reported.")
    var runs = 7

    @Option(name: .long, help: "How bonds and dividends are computed.")
    var mechanism: BondsMechanism = .classic

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard (1...65_536).contains(n) else { throw ValidationError("--n must be in 1...65536, got \(n)") }
        guard (1...n).contains(validators) else {
            throw ValidationError("--validators must be in 1...\(n), got \(validators)")
        }
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1, got \(runs)") }
    }

    func run() throws {
        let input = SyntheticNetwork.input(n: n, validators: validators)
        let residentBefore = MemoryUsage.peakResidentMiB()
        var seconds: [Double] = []
        var emitted: UInt64 = 0
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let start = clock.now
            let output = try YumaEpoch.run(input, mechanism: mechanism)
            let elapsed = clock.now - start
            emitted = output.emission.reduce(0, &+)
            seconds.append(elapsed.seconds)
        }
        seconds.sort()
        let median = seconds[seconds.count / 2]
        let peak = MemoryUsage.peakResidentMiB()
        let report: [String: Any] = [
            "n": n, "validators": validators, "mechanism": mechanism.rawValue, "runs": runs,
            "median_seconds": median, "min_seconds": seconds[0],
            "peak_rss_mib": peak, "epoch_peak_mib": max(0, peak - residentBefore),
            "weights_entries": input.weights.entryCount, "emitted_rao": emitted,
        ]
        if jsonOutput {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(
                """
                epoch \(mechanism.rawValue), n = \(n), validators = \(validators), \
                \(input.weights.entryCount) weights
                median \(String(format: "%.3f", median * 1000)) ms over \(runs) runs \
                (min \(String(format: "%.3f", seconds[0] * 1000)) ms)
                peak memory \(String(format: "%.1f", peak)) MiB resident, \
                \(String(format: "%.1f", max(0, peak - residentBefore))) MiB added by the epoch
                """)
        }
    }
}

/// The process's peak resident memory.
enum MemoryUsage {
    /// `ru_maxrss` in MiB (Linux reports KiB).
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
