import ArgumentParser
import Foundation
import Node

/// `yuma node verify`: re-execute a node's stored chain from genesis and report the first divergence.
struct NodeVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Re-execute a node's stored chain from genesis and check every block.",
        discussion: """
            Reads the database under --base-path, executes every stored block again from the genesis of \
            --chain with its stored timestamp and author, and checks that each extrinsic is accepted with the \
            same outcome, that the state changes and events are the stored ones and that the header hash \
            (hence the state and extrinsics roots) is the stored hash; finally that the stored state table \
            equals the replayed state. Prints OK, or the first divergence and exits with status 1. Safe to \
            run against the database of a running node.
            """
    )

    @Option(name: .customLong("base-path"), help: "Directory of the node's database.")
    var basePath: String

    @Option(name: .long, help: "nakamoto, finney, or the path of a genesis file (the one the node ran).")
    var chain = "finney"

    @Flag(name: .customLong("skip-signatures"), help: "Do not verify extrinsic signatures again.")
    var skipSignatures = false

    @Flag(name: .customLong("json-output"), help: "Print one JSON object.")
    var jsonOutput = false

    func run() async throws {
        let spec: ChainSpec
        do {
            spec = try ChainSpec.named(chain)
        } catch {
            throw CLIError(error.description)
        }
        let report: ReplayReport
        do {
            report = try await ChainReplay.verify(basePath: basePath, spec: spec, checksSignatures: !skipSignatures)
        } catch {
            throw CLIError(error.description)
        }
        print(jsonOutput ? VerifyReportFormat.json(report) : VerifyReportFormat.table(report))
        if !report.isOK { throw ExitCode.failure }
    }
}
