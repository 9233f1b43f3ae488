import ArgumentParser
import Foundation
import Simulation

/// `yuma sim bench`: how many simulated days a minute of wall clock buys.
struct SimBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure simulated days per minute (no database written).",
        discussion: """
            Runs the simulation without writing a database (samples are still taken and digested) and reports \
            simulated days per wall-clock minute. For the full 2022 network: \
            --preset nakamoto-2022 --uids 4096 --start-block 2800000 --start-full --days 1. Build with -c release.
            """
    )

    @OptionGroup var options: SimOptions

    @Option(name: .customLong("sample-every"), help: "Blocks between two samples (taken and digested, not written).")
    var sampleEvery: UInt64 = 100

    @Flag(name: .customLong("json-output"), help: "Print the report as one JSON object.")
    var jsonOutput = false

    func validate() throws {
        guard sampleEvery > 0 else { throw ValidationError("--sample-every must be at least 1") }
        _ = try options.configuration(sampleEvery: sampleEvery, keptBlocks: 0)
    }

    func run() async throws {
        let configuration = try options.configuration(sampleEvery: sampleEvery, keptBlocks: 0)
        let report: SimulationReport
        do {
            report = try await Simulation.run(configuration) { progress in
                FileHandle.standardError.write(Data((SimText.progressLine(progress) + "\n").utf8))
            }
        } catch { throw CLIError(error.description) }
        if jsonOutput {
            print(try SimText.json(report))
        } else {
            print(SimText.summary(report))
            print(String(format: "speed: %.1f simulated days per minute (%.0f blocks/s)", report.simulatedDaysPerMinute,
                         report.seconds > 0 ? Double(report.blocks) / report.seconds : 0))
        }
    }
}
