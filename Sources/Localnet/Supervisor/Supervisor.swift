import ChainClient
import ChildProcess
import Foundation

/// Runs a local network: launches the node, waits for it, scaffolds the subnet, launches the explorer
/// and the neurons, restarts any that exit unexpectedly (with backoff, up to a limit), records
/// everything in `state.json`, and on ``stop()`` ends exactly the processes it started.
public actor Supervisor {
    /// The network's configuration.
    public let configuration: LocalnetConfiguration
    let files: StateFile
    var state: LocalnetState
    var processes: [String: ChildProcess] = [:]
    var specs: [String: ChildSpec] = [:]
    var stopping = false
    /// Restarts allowed per child before it is reported as exited for good.
    let maxRestarts = 5
    let log: @Sendable (String) -> Void

    /// A supervisor for `configuration`; `log` receives progress lines.
    public init(configuration: LocalnetConfiguration, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.files = StateFile(layout: configuration.layout)
        self.state = LocalnetState(
            supervisorPID: ProcessInfo.processInfo.processIdentifier,
            startedAt: Date().timeIntervalSince1970, rpcURL: configuration.rpcURL,
            explorerURL: configuration.explorerURL)
        self.log = log
    }

    /// Starts everything in order; on failure records the reason, stops what it started and throws.
    public func start() async throws(LocalnetError) {
        try configuration.layout.prepare()
        try files.writePID(state.supervisorPID)
        save()
        do {
            try launch(configuration.nodeSpec)
            try await waitForNode()
            try launch(configuration.explorerSpec)
            if configuration.neurons {
                state.phase = .scaffolding
                save()
                let report = try await scaffold()
                state.scaffold = report
                save()
                for spec in configuration.neuronSpecs(netuid: report.netuid) { try launch(spec) }
            }
            state.phase = .running
            save()
            log("localnet running: node \(configuration.rpcURL), explorer \(configuration.explorerURL)")
        } catch {
            state.error = error.description
            log("start-up failed: \(error.description)")
            await stop(finalPhase: .failed)
            throw error
        }
    }

    /// Waits until the node answers `system_health`, or fails if it exits or stays silent for a minute.
    func waitForNode() async throws(LocalnetError) {
        let client = HTTPChainClient(httpURL: configuration.rpcURL)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? await client.health()) != nil { return }
            if let child = state.children.first(where: { $0.name == "node" }), child.status != .running {
                throw LocalnetError("the node exited during start-up (\(child.lastExit ?? "?")); see \(child.log)")
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        throw LocalnetError("the node did not answer on \(configuration.rpcURL) within 60 s; see its log")
    }

    /// Runs the scaffold against the node.
    func scaffold() async throws(LocalnetError) -> ScaffoldReport {
        let log = self.log
        let scaffolder = try Scaffolder(
            endpoint: configuration.rpcURL, plan: configuration.scaffoldPlan,
            walletsRoot: configuration.layout.walletsPath, progress: { log("scaffold: \($0)") })
        return try await scaffolder.run()
    }

    /// Writes the state file (a failure to write is logged, not fatal).
    func save() {
        do {
            try files.write(state)
        } catch {
            log(error.description)
        }
    }
}
