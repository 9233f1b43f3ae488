import Foundation
import Testing

@testable import Localnet

@Suite("Localnet pieces")
struct LocalnetUnitTests {
    @Test(
        "Only endpoints on this machine count as local",
        arguments: [
            ("local", true), ("ws://127.0.0.1:9944", true), ("http://localhost:9944", true),
            ("ws://[::1]:9944", true), ("127.0.0.1:9944", true), ("ws://10.0.0.5:9944", false),
            ("wss://entrypoint-finney.opentensor.ai:443", false), ("http://example.com", false),
        ])
    func localEndpoints(endpoint: String, local: Bool) {
        #expect(LocalEndpoint.isLocal(endpoint) == local)
    }

    @Test("The layout keeps every file under its root")
    func layout() {
        let layout = LocalnetLayout(root: "/tmp/x/../localnet-test/")
        #expect(layout.root == "/tmp/localnet-test")
        for path in [layout.chainPath, layout.explorerDatabase, layout.walletsPath, layout.stateFile, layout.logFile("node")] {
            #expect(path.hasPrefix(layout.root + "/"))
        }
    }

    @Test("The state file round-trips and a corrupt one is reported with the way out")
    func stateFile() throws {
        let root = NSTemporaryDirectory() + "localnet-state-\(UUID().uuidString)"
        let layout = LocalnetLayout(root: root)
        try layout.prepare()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = StateFile(layout: layout)
        #expect(try files.read() == nil)
        var state = LocalnetState(supervisorPID: 42, startedAt: 1, rpcURL: "http://127.0.0.1:1", explorerURL: "http://127.0.0.1:2")
        state.children = [ChildState(name: "node", log: layout.logFile("node"))]
        state.scaffold = ScaffoldReport(
            netuid: 1,
            neurons: [ScaffoldedNeuron(role: "miner", name: "miner-ngram", uid: 2, hotkey: "h", coldkey: "c", model: "ngram", axonPort: 8102)])
        try files.write(state)
        #expect(try files.read() == state)
        try Data("{".utf8).write(to: URL(fileURLWithPath: layout.stateFile))
        #expect(throws: LocalnetError.self) { try files.read() }
        do {
            _ = try files.read()
        } catch {
            #expect(error.description.contains("localnet reset"))
        }
    }

    @Test("This process is alive and ours by its command line; a dead pid is not")
    func processTable() {
        let me = ProcessInfo.processInfo.processIdentifier
        #expect(ProcessTable.isAlive(me))
        #expect(ProcessTable.commandLine(me) != nil)
        #expect(!ProcessTable.isOurs(me, marker: "no-such-marker-\(UUID().uuidString)"))
        #expect(!ProcessTable.isAlive(Int32.max))
    }

    @Test("The plan derives the same dev keys every time, each neuron its own")
    func devKeys() throws {
        let plan = ScaffoldPlan.standard(models: ["uniform", "ngram", "smollm2"], axonBasePort: 8101)
        #expect(plan.neurons.map(\.name) == ["validator", "miner-uniform", "miner-ngram", "miner-smollm2"])
        #expect(plan.neurons.compactMap(\.axonPort) == [8101, 8102, 8103])
        let hotkeys = try plan.neurons.map { try $0.hotkey().ss58Address }
        #expect(Set(hotkeys).count == hotkeys.count)
        let again = try ScaffoldPlan.standard(models: ["uniform"], axonBasePort: 1).neurons[0].hotkey().ss58Address
        #expect(again == hotkeys[0])
    }

    @Test("Children run from the localnet directory, so stop can recognise them")
    func childSpecs() {
        let layout = LocalnetLayout(root: "/tmp/ln")
        let configuration = LocalnetConfiguration(layout: layout, executable: "/bin/yuma")
        let specs = [configuration.nodeSpec, configuration.explorerSpec] + configuration.neuronSpecs(netuid: 1)
        #expect(specs.map(\.name) == ["node", "explorer", "validator", "miner-uniform", "miner-ngram", "miner-smollm2"])
        for spec in specs {
            #expect(spec.arguments.joined(separator: " ").contains(layout.root))
        }
        #expect(configuration.superviseArguments.contains(layout.root))
    }
}
