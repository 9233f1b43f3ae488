import ChainClient
import Foundation
import Hashing
import Runtime

/// `pow-register --bench`: hashes per second of the solver on one core and on `workers` cores,
/// on a problem no seal solves, without a node.
enum PowRegisterBench {
    /// One measurement.
    struct Figure: Encodable {
        var workers: Int
        var hashes: UInt64
        var seconds: Double
        var hashesPerSecond: Double
    }

    /// The figures of the bench, as printed with `--json-output`.
    struct Report: Encodable {
        var singleCore: Figure
        var allCores: Figure
        var cores: Int
    }

    /// Runs the solver for `duration` with one worker, then with `workers`.
    static func run(workers: Int, duration: Duration) async throws -> Report {
        let single = try await measure(workers: 1, duration: duration)
        let all = try await measure(workers: workers, duration: duration)
        return Report(singleCore: single, allCores: all, cores: PowSolver.availableCores)
    }

    /// Hashes per second with `workers` tasks over `duration`.
    static func measure(workers: Int, duration: Duration) async throws -> Figure {
        let problem = PowProblem(
            era: .finney, blockNumber: 1, blockHash: Keccak256.hash(Array("yuma pow bench".utf8)),
            hotkey: try AccountID(bytes: Keccak256.hash(Array("hotkey".utf8))), difficulty: .max)
        let run = PowSolver(workers: workers, reportInterval: .seconds(3600)).start(problem)
        try await Task.sleep(for: duration)
        run.cancel()
        var last: PowSolverStatus?
        for await status in run.statuses { last = status }
        let hashes = last?.hashes ?? 0
        let seconds = last.map { PowRegisterFormat.secondsValue($0.elapsed) } ?? 0
        return Figure(
            workers: workers, hashes: hashes, seconds: seconds, hashesPerSecond: seconds > 0 ? Double(hashes) / seconds : 0)
    }
}
