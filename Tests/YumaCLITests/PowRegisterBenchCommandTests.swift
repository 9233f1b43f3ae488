import ChildProcess
import Foundation
import Testing

/// `yuma subnets pow-register --bench`: Yuma's figures, and with `--python` the SDK's, as JSON.
@Suite struct PowRegisterBenchCommandTests {
    /// The repository's SDK bench script (tests run from the package root).
    static let script = FileManager.default.currentDirectoryPath + "/Benchmarks/pow/sdk_pow_bench.py"
    /// Whether `python3` on PATH runs at all (scripts/test puts the project's venv first).
    static let pythonAvailable: Bool = {
        (try? YumaProcess.runCommand(["python3", "-c", "import json"]))?.status == 0
    }()

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func yumaFiguresAsJSON() throws {
        let result = try YumaProcess.run([
            "subnets", "pow-register", "--bench", "--bench-seconds", "0.3", "--processes", "2", "--json-output",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result.stdout)
        for (key, workers) in [("single_core", 1), ("all_cores", 2), ("scalar_single_core", 1)] {
            let figure = try #require(report[key] as? [String: Any], "\(key) missing")
            #expect(figure["workers"] as? Int == workers)
            #expect((figure["hashes"] as? Int ?? 0) > 0)
            #expect((figure["hashes_per_cpu_second"] as? Double ?? 0) > 0)
        }
        #expect(report["sdk"] == nil)
    }

    @Test(.enabled(if: pythonAvailable || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1"))
    func sdkFiguresInTheSameRun() throws {
        let result = try YumaProcess.run([
            "subnets", "pow-register", "--bench", "--bench-seconds", "0.3", "--processes", "2", "--json-output",
            "--python", "python3", "--sdk-script", Self.script,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result.stdout)
        #expect(report["sdk_error"] == nil, "\(report["sdk_error"] ?? "")")
        let sdk = try #require(report["sdk"] as? [String: Any])
        #expect((sdk["python"] as? String)?.isEmpty == false)
        let measurements = sdk["measurements"] as? [[String: Any]] ?? []
        let unavailable = sdk["unavailable"] as? [String] ?? []
        // Every solver is either measured or named with the reason it was not.
        #expect(measurements.count + unavailable.count >= 2)
        for measurement in measurements {
            #expect((measurement["hashes"] as? Int ?? 0) > 0)
            #expect([1, 2].contains(measurement["workers"] as? Int ?? 0))
        }
    }

    @Test func missingScriptIsReported() throws {
        let result = try YumaProcess.run([
            "subnets", "pow-register", "--bench", "--bench-seconds", "0.1", "--processes", "1", "--json-output",
            "--python", "python3", "--sdk-script", "/nonexistent/sdk_pow_bench.py",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.object(result.stdout)
        #expect((report["sdk_error"] as? String)?.contains("no script at /nonexistent/sdk_pow_bench.py") == true)
    }

    @Test func pythonWithoutBenchIsRefused() throws {
        let result = try YumaProcess.run(["subnets", "pow-register", "--netuid", "1", "--python", "python3"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--python only applies to --bench"))
    }
}

extension YumaProcess {
    /// Runs `arguments` (a program on PATH and its arguments) and captures its status.
    static func runCommand(_ arguments: [String]) throws -> Result {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: "", stderr: "")
    }
}
