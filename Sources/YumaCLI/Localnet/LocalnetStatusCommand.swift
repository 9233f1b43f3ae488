import ArgumentParser
import ChainAPI
import ChainClient
import Foundation
import Localnet

/// `yuma localnet status`: what runs, or "not running".
struct LocalnetStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show what the local network runs (or that it does not run).")

    @OptionGroup var directory: LocalnetDirectoryOption

    @Flag(name: [.customLong("json-output"), .customLong("json_output")], help: "Print one JSON object.")
    var jsonOutput = false

    struct Report: Encodable {
        let running: Bool
        let directory: String
        let head: UInt64?
        let state: LocalnetState?
        let incentive: [String: UInt64]?
        let orphans: [String]
    }

    func run() async throws {
        let layout = directory.layout
        let control = LocalnetControl(layout: layout)
        let state: LocalnetState?
        do {
            state = try control.state()
        } catch {
            throw CLIError(error.description)
        }
        guard control.runningSupervisor() != nil, let state else {
            let orphans = control.orphans().map(\.name)
            emit(Report(running: false, directory: layout.root, head: nil, state: state, incentive: nil, orphans: orphans)) {
                var text = "not running (\(layout.root))"
                if let state { text += "; the last run ended \(state.phase.rawValue)" + (state.error.map { ": \($0)" } ?? "") }
                if !orphans.isEmpty {
                    text += "\nleft running by a supervisor that died: \(orphans.joined(separator: ", ")); `yuma localnet stop` ends them"
                }
                return text
            }
            return
        }
        let client = HTTPChainClient(httpURL: state.rpcURL)
        let head = try? await client.head().number
        var incentive: [String: UInt64]?
        if let scaffold = state.scaffold, let metagraph = try? await client.metagraph(scaffold.netuid) {
            incentive = Dictionary(
                uniqueKeysWithValues: scaffold.neurons.compactMap { neuron in
                    Int(neuron.uid) < metagraph.incentive.count ? (neuron.name, metagraph.incentive[Int(neuron.uid)]) : nil
                })
        }
        emit(Report(running: true, directory: layout.root, head: head, state: state, incentive: incentive, orphans: [])) {
            var lines = [
                "Localnet running in \(layout.root): head #\(head.map { "\($0)" } ?? "? (node not answering)")",
                "  node \(state.rpcURL)   explorer \(state.explorerURL)",
                LocalnetTables.children(state).render(),
            ]
            for child in state.children where child.status != .running {
                lines.append("  \(child.name) is \(child.status.rawValue) (\(child.lastExit ?? "")); see \(child.log)")
            }
            if let scaffold = state.scaffold {
                lines.append(LocalnetTables.neurons(scaffold, incentive: incentive).render())
            }
            return lines.joined(separator: "\n")
        }
    }

    func emit(_ report: Report, text: () -> String) {
        print(jsonOutput ? JSONOutput.render(report) : text())
    }
}
