import ArgumentParser
import ChainClient
import Foundation
import Localnet

/// `yuma localnet start`: launches the supervisor and reports when blocks flow.
struct LocalnetStartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the local network in the background (node, explorer, subnet, validator, miners).")

    @OptionGroup var directory: LocalnetDirectoryOption
    @OptionGroup var network: LocalnetNetworkOptions

    @Flag(name: .long, help: "Return only when the subnet is scaffolded and every neuron launched.")
    var wait = false

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    func run() async throws {
        let layout = directory.layout
        let configuration = network.configuration(layout)
        let control = LocalnetControl(layout: layout)
        if let pid = control.runningSupervisor() {
            throw CLIError(
                "a localnet is already running in \(layout.root) (supervisor pid \(pid)); `yuma localnet status` shows it, `yuma localnet stop` ends it"
            )
        }
        if let cleaned = await control.cleanStaleState() { note(cleaned) }
        for (name, port) in configuration.ports where !PortCheck.isFree(port) {
            throw CLIError(
                "port \(port) (\(name)) is already in use by another program; stop it or choose another port (see `yuma localnet start --help`)"
            )
        }
        do {
            try layout.prepare()
            try? FileManager.default.removeItem(atPath: layout.stateFile)
            let started = Date()
            let pid = try DetachedLauncher.spawn(
                executable: configuration.executable, arguments: configuration.superviseArguments,
                log: layout.logFile("supervisor"))
            let watcher = StartWatcher(layout: layout, configuration: configuration, supervisorPID: pid)
            let firstBlock = try await watcher.firstBlock()
            let elapsed = Date().timeIntervalSince(started)
            note(String(format: "block #%llu after %.2f s; the chain is producing", firstBlock, elapsed))
            let state = wait ? try await watcher.running() : try? StateFile(layout: layout).read()
            let report = StartReport(
                directory: layout.root, supervisorPid: pid, firstBlockSeconds: elapsed, rpcUrl: configuration.rpcURL,
                websocketUrl: configuration.webSocketURL, explorerUrl: configuration.explorerURL,
                scaffold: state?.scaffold, neurons: configuration.neurons)
            if jsonOutput {
                print(JSONOutput.render(report))
            } else {
                print(report.text(waited: wait, layout: layout))
            }
        } catch {
            throw CLIError(error.description)
        }
    }

    func note(_ text: String) {
        guard !jsonOutput else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
