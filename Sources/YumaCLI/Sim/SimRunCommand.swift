import ArgumentParser
import Explorer
import Foundation
import Simulation

/// `yuma sim run`: simulate a network and write the explorer database.
struct SimRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Fast-forward a simulated network and write an explorer database of it.",
        discussion: """
            Runs the preset's timeline through the real runtime: validators and miners of varying quality, \
            registrations drawn from the demand model against the chain's difficulty adjustment, staking \
            flows and the sudo schedule. Writes a Roundup sample every --sample-every blocks (default: about \
            5000 samples over the run), the summaries of the last --kept-blocks blocks and the final \
            metagraph into --out; open it with `yuma explorer --database FILE --no-follow`. Progress lines \
            go to standard error.
            """
    )

    @OptionGroup var options: SimOptions

    @Option(name: .long, help: "The explorer database to write (SQLite).")
    var out = "yuma-sim.sqlite"

    @Flag(name: .long, help: "Replace --out if it exists.")
    var overwrite = false

    @Option(name: .customLong("sample-every"), help: "Blocks between two Roundup samples.")
    var sampleEvery: UInt64?

    @Option(name: .customLong("kept-blocks"), help: "Block summaries kept: the last this many blocks.")
    var keptBlocks: UInt64 = 7_200

    @Flag(name: .customLong("json-output"), help: "Print the report as one JSON object.")
    var jsonOutput = false

    func validate() throws {
        if let sampleEvery, sampleEvery == 0 { throw ValidationError("--sample-every must be at least 1") }
        _ = try options.configuration(sampleEvery: sampleEvery, keptBlocks: keptBlocks)
    }

    func run() async throws {
        let configuration = try options.configuration(sampleEvery: sampleEvery, keptBlocks: keptBlocks)
        let files = [out, out + "-wal", out + "-shm"]
        if FileManager.default.fileExists(atPath: out) {
            guard overwrite else { throw CLIError("\(out) exists; pass --overwrite to replace it or choose another --out") }
            for file in files { try? FileManager.default.removeItem(atPath: file) }
        }
        let store: SQLiteIndexStore
        do { store = try SQLiteIndexStore(path: out) } catch { throw CLIError(error.description) }
        let report: SimulationReport
        do {
            report = try await Simulation.run(configuration, store: store, database: out) { progress in
                FileHandle.standardError.write(Data((SimText.progressLine(progress) + "\n").utf8))
            }
        } catch { throw CLIError(error.description) }
        print(jsonOutput ? try SimText.json(report) : SimText.summary(report))
    }
}
