import ChainClient
import Foundation
import Glibc
import Hashing
import Runtime

/// `pow-register --bench`: seals per second of the solver on one core and on `workers` cores, on a
/// problem no seal solves, without a node; the scalar reference hasher on one core for comparison;
/// and, with `--python`, the Bittensor SDK's own solvers measured in the same run.
enum PowRegisterBench {
    /// One measurement.
    struct Figure: Codable {
        var workers: Int
        var hashes: UInt64
        var seconds: Double
        /// Processor time of the whole process over the measurement (all workers together).
        var cpuSeconds: Double
        var hashesPerSecond: Double
        /// Seals per second of processor time: what one core gives when the machine is shared.
        var hashesPerCpuSecond: Double
    }

    /// The figures of the bench, as printed with `--json-output`.
    struct Report: Encodable {
        var singleCore: Figure
        var allCores: Figure
        var scalarSingleCore: Figure
        var cores: Int
        /// The SDK's figures, when `--python` was given.
        var sdk: PowRegisterSDKBench.Report?
        /// Why the SDK was not measured, when it was asked for and could not be.
        var sdkError: String?
    }

    /// Runs the solver for `duration` with one worker, then with `workers`, then the scalar hasher
    /// on one worker; then the SDK script under `python`, if given.
    static func run(workers: Int, duration: Duration, python: String?, script: String) async throws -> Report {
        let single = try await measure(workers: 1, duration: duration, engine: .lanes)
        let all = try await measure(workers: workers, duration: duration, engine: .lanes)
        let scalar = try await measure(workers: 1, duration: duration, engine: .scalar)
        var report = Report(
            singleCore: single, allCores: all, scalarSingleCore: scalar, cores: PowSolver.availableCores)
        if let python {
            do {
                report.sdk = try PowRegisterSDKBench.run(
                    python: python, script: script, workers: workers, seconds: duration.seconds)
            } catch {
                report.sdkError = error.message
            }
        }
        return report
    }

    /// Seals per second with `workers` tasks over `duration`.
    static func measure(workers: Int, duration: Duration, engine: PowSolver.Engine) async throws -> Figure {
        let problem = PowProblem(
            era: .finney, blockNumber: 1, blockHash: Keccak256.hash(Array("yuma pow bench".utf8)),
            hotkey: try AccountID(bytes: Keccak256.hash(Array("hotkey".utf8))), difficulty: .max)
        let cpuBefore = processorSeconds()
        let run = PowSolver(workers: workers, reportInterval: .seconds(3600), engine: engine).start(problem)
        try await Task.sleep(for: duration)
        run.cancel()
        var last: PowSolverStatus?
        for await status in run.statuses { last = status }
        let cpu = processorSeconds() - cpuBefore
        let hashes = last?.hashes ?? 0
        let seconds = last.map { PowRegisterFormat.secondsValue($0.elapsed) } ?? 0
        return Figure(
            workers: workers, hashes: hashes, seconds: seconds, cpuSeconds: cpu,
            hashesPerSecond: seconds > 0 ? Double(hashes) / seconds : 0,
            hashesPerCpuSecond: cpu > 0 ? Double(hashes) / cpu : 0)
    }

    /// Processor time this process has used, all threads.
    static func processorSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// The human report: Yuma's figures, then the SDK's.
    static func text(_ report: Report) -> String {
        func line(_ name: String, _ figure: Figure) -> String {
            "\(name): \(PowRegisterFormat.rate(figure.hashesPerSecond)) on \(figure.workers) "
                + "\(figure.workers == 1 ? "worker" : "workers") "
                + "(\(PowRegisterFormat.rate(figure.hashesPerCpuSecond)) per CPU second)"
        }
        var lines = [
            line("yuma PoW solver, 8 lanes", report.singleCore), line("yuma PoW solver, 8 lanes", report.allCores),
            line("yuma scalar reference", report.scalarSingleCore),
        ]
        if let sdk = report.sdk { lines += PowRegisterSDKBench.lines(sdk) }
        if let error = report.sdkError { lines.append("bittensor SDK: not measured (\(error))") }
        lines.append("(\(report.cores) cores available)")
        return lines.joined(separator: "\n")
    }
}
