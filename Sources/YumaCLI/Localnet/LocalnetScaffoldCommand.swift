import ArgumentParser
import Foundation
import Localnet

/// `yuma localnet scaffold`: sets up the subnet and neurons on a running local node (idempotent).
struct LocalnetScaffoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaffold",
        abstract: "Create a subnet, set its hyperparameters, fund and register dev neurons on a local node.",
        discussion: "Refuses any node not on this machine: it spends //Alice's dev funds and uses the sudo key.")

    @OptionGroup var directory: LocalnetDirectoryOption

    @Option(name: .long, help: "The node: local, or a ws:// or http:// URL on this machine.")
    var network = "local"

    @Option(name: .long, help: "The miners' models, comma-separated, weakest first.")
    var models = "uniform,ngram,smollm2"

    @Option(name: .customLong("axon-base-port"), help: "The first miner's axon port; the others follow.")
    var axonBasePort = 8101

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    func run() async throws {
        let layout = directory.layout
        let plan = ScaffoldPlan.standard(
            models: models.split(separator: ",").map(String.init), axonBasePort: axonBasePort)
        let quiet = jsonOutput
        do {
            try layout.prepare()
            let scaffolder = try Scaffolder(
                endpoint: network, plan: plan, walletsRoot: layout.walletsPath,
                progress: { line in
                    if !quiet { FileHandle.standardError.write(Data("\(line)\n".utf8)) }
                })
            let report = try await scaffolder.run()
            print(jsonOutput ? JSONOutput.render(report) : LocalnetTables.neurons(report).render())
        } catch {
            throw CLIError(error.description)
        }
    }
}
