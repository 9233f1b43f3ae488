import ArgumentParser
import Consensus
import Foundation

/// `yuma consensus epoch`: one epoch on a stored subnet state read from a file.
struct EpochCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "epoch",
        abstract: "Run one Yuma Consensus epoch on a subnet state read from a JSON file.",
        discussion: """
            The input is the epoch inputs format of the conformance vectors: n, hyperparameters, \
            stake_rao, last_update, block_at_registration, validator_permit, weights_u16 and bonds \
            (dense u16 rows, 0 = no entry). Prints a table per uid, or with --json-output the \
            outputs format (u16 proportions, rao, permits, bonds).
            """
    )

    @Option(name: .long, help: "Path of the epoch inputs JSON file.")
    var input: String

    @Option(name: .long, help: "How bonds and dividends are computed.")
    var mechanism: BondsMechanism = .classic

    @Flag(name: .customLong("json-output"), help: "Print the outputs as JSON.")
    var jsonOutput = false

    func run() throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: input))
        } catch {
            throw CLIError("cannot read \(input): \(error.localizedDescription)")
        }
        let output: EpochOutput
        let state: EpochInput
        do {
            state = try EpochVectorFile.decode(data, mechanism: mechanism)
            output = try YumaEpoch.run(state, mechanism: mechanism)
        } catch let error as EpochFileError {
            throw CLIError("\(input): \(error.description)")
        } catch let error as EpochInputError {
            throw CLIError("\(input): \(error.description)")
        }
        if jsonOutput {
            FileHandle.standardOutput.write(output.vectorJSON())
            print()
        } else {
            print(EpochTable.render(input: state, output: output, mechanism: mechanism))
        }
    }
}

/// A user-facing failure: printed as one line `Error: …`, exit status 1.
struct CLIError: Error, CustomStringConvertible {
    /// The message.
    var description: String

    init(_ description: String) { self.description = description }
}
