import ChildProcess
import Foundation

/// The Bittensor SDK's side of `pow-register --bench --python PATH`: runs
/// `Benchmarks/pow/sdk_pow_bench.py` under that interpreter and reads the JSON it prints.
enum PowRegisterSDKBench {
    /// What the script prints.
    struct Report: Codable {
        var python: String
        var bittensor: String?
        var bittensorCore: String?
        var measurements: [Measurement]
        /// Solvers the script looked for and could not run, with the reason.
        var unavailable: [String]
    }

    /// One solver, one worker count: its name and seal next to the same figures Yuma's solver
    /// reports, all in one flat JSON object.
    struct Measurement: Codable {
        var name: String
        /// Which seal the solver computes (the SDK's current registration seal differs from the
        /// classic one Yuma computes: it hashes a 131-byte message, three SHA-256 blocks).
        var seal: String
        var figure: PowRegisterBench.Figure

        private enum CodingKeys: String, CodingKey {
            case name, seal
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            seal = try container.decode(String.self, forKey: .seal)
            figure = try PowRegisterBench.Figure(from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(seal, forKey: .seal)
            try figure.encode(to: encoder)
        }
    }

    /// Why the script could not be run or read.
    struct Failure: Error {
        var message: String
    }

    /// Runs `script` under `python` with `workers` workers for `seconds` per measurement.
    static func run(python: String, script: String, workers: Int, seconds: Double) throws(Failure) -> Report {
        guard FileManager.default.fileExists(atPath: script) else {
            throw Failure(message: "no script at \(script); run from the repository root or pass --sdk-script")
        }
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, "--seconds", String(seconds), "--workers", String(workers)]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw Failure(message: "cannot start \(python): \(error)") }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: stderr, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw Failure(message: "\(python) \(script) exited with status \(process.terminationStatus): \(reason)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Report.self, from: data)
        } catch {
            throw Failure(message: "\(script) printed no readable JSON: \(error)")
        }
    }

    /// One line per measurement and per solver that could not be measured.
    static func lines(_ report: Report) -> [String] {
        let versions = "bittensor \(report.bittensor ?? "not installed"), bittensor-core \(report.bittensorCore ?? "not installed")"
        var lines = ["bittensor SDK (\(versions), Python \(report.python)):"]
        for measurement in report.measurements {
            let figure = measurement.figure
            lines.append(
                "  \(measurement.name): \(PowRegisterFormat.rate(figure.hashesPerSecond)) on \(figure.workers) "
                    + "\(figure.workers == 1 ? "worker" : "workers") "
                    + "(\(PowRegisterFormat.rate(figure.hashesPerCpuSecond)) per CPU second); seal \(measurement.seal)")
        }
        if report.measurements.isEmpty { lines.append("  no solver measured") }
        lines += report.unavailable.map { "  not measured: \($0)" }
        return lines
    }
}
