import ArgumentParser
import Foundation
import Runtime

/// `yuma runtime run`: applies a scripted scenario through the real runtime and prints the state.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Apply a scripted scenario through the runtime and print the resulting state.",
        discussion: """
            The script has one step per line: advance N, <origin> <pallet>.<call> key=value …, \
            sudo <pallet>.<call> …, expect …, print, account NAME 0x…; # starts a comment. Calls are \
            applied in the first block of the next advance. A call the chain refuses is reported, not \
            an error, unless --strict. See Examples/scenarios/README.md.
            """
    )

    @Option(name: .long, help: "nakamoto, finney (the development genesis) or a genesis JSON file.")
    var chain: String

    @Option(name: .long, help: "Path of the scenario script.")
    var script: String

    @Flag(name: .long, help: "Stop with an error at the first extrinsic the chain refuses.")
    var strict = false

    @Flag(name: .customLong("json-output"), help: "Print the report as JSON (amounts in rao).")
    var jsonOutput = false

    func run() throws {
        let genesis = try loadGenesis()
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: script), encoding: .utf8)
        } catch {
            throw CLIError("cannot read \(script): \(error.localizedDescription)")
        }
        let report: ScenarioReport
        do {
            let parsed = try ScenarioParser.parse(text)
            report = try ScenarioRunner.run(parsed, genesis: genesis, strict: strict)
        } catch {
            throw CLIError("\(script): \(error.description)")
        }
        if jsonOutput {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report))
            print()
        } else {
            print(ScenarioText.render(report), terminator: "")
        }
    }

    /// The development genesis of an era, or a genesis file.
    private func loadGenesis() throws -> Genesis {
        if let era = Era(rawValue: chain) { return .development(era) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: chain))
        } catch {
            throw CLIError("--chain \(chain) is neither nakamoto, finney nor a readable file")
        }
        do {
            return try ScenarioGenesisFile.decode(data)
        } catch {
            throw CLIError("\(chain): \(error.description)")
        }
    }
}
