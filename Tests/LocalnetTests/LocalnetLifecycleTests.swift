import ChainClient
import Foundation
import Localnet
import Testing

/// The real `yuma localnet` commands against a node-and-explorer network: start, refusals, a killed
/// child, stop leaving nothing behind, reset.
@Suite(.serialized) struct LocalnetLifecycleTests {
    @Test(.timeLimit(.minutes(10))) func lifecycleWithoutNeurons() async throws {
        let root = NSTemporaryDirectory() + "yuma-localnet-\(UUID().uuidString.prefix(8))"
        defer { _ = try? YumaRunner.run(["localnet", "reset", "--dir", root]) }
        let rpc = YumaRunner.freePort()
        let explorer = YumaRunner.freePort(avoiding: [rpc])
        let ports = ["--rpc-port", "\(rpc)", "--explorer-port", "\(explorer)"]

        let before = try YumaRunner.run(["localnet", "status", "--dir", root])
        #expect(before.status == 0)
        #expect(before.stdout.contains("not running"))

        let start = try YumaRunner.run(["localnet", "start", "--dir", root, "--no-neurons", "--wait"] + ports)
        #expect(start.status == 0, "start failed: \(start.output)")
        #expect(start.stdout.contains("http://127.0.0.1:\(rpc)"))
        #expect(start.stdout.contains("http://127.0.0.1:\(explorer)"))
        let client = HTTPChainClient(httpURL: "http://127.0.0.1:\(rpc)")
        #expect(try await client.head().number >= 1)

        let second = try YumaRunner.run(["localnet", "start", "--dir", root, "--no-neurons"] + ports)
        #expect(second.status == 1)
        #expect(second.stderr.contains("already running"), "\(second.output)")

        let otherRoot = root + "-other"
        let busy = try YumaRunner.run(["localnet", "start", "--dir", otherRoot, "--no-neurons"] + ports)
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("port \(rpc)"), "\(busy.output)")
        #expect(busy.stderr.contains("in use"))
        try? FileManager.default.removeItem(atPath: otherRoot)

        // A killed child is reported and restarted, and the chain goes on from where it was.
        let layout = LocalnetLayout(root: root)
        let node = try #require(try StateFile(layout: layout).read()?.children.first { $0.name == "node" }?.pid)
        kill(node, SIGKILL)
        let restarted = try await waitFor("the node to be restarted") { () throws -> ChildState? in
            guard let child = try StateFile(layout: layout).read()?.children.first(where: { $0.name == "node" }),
                child.restarts == 1, child.status == .running, let pid = child.pid, pid != node
            else { return nil }
            return child
        }
        #expect(restarted.lastExit == "killed by signal 9")
        _ = try await waitFor("blocks after the restart") { () async -> Bool? in
            ((try? await client.head().number) ?? 0) >= 2 ? true : nil
        }
        let status = try YumaRunner.run(["localnet", "status", "--dir", root])
        #expect(status.stdout.contains("killed by signal 9"), "\(status.output)")

        let pids = (try StateFile(layout: layout).read()?.children.compactMap(\.pid) ?? [])
            + [try #require(StateFile(layout: layout).supervisorPID())]
        let stop = try YumaRunner.run(["localnet", "stop", "--dir", root])
        #expect(stop.status == 0)
        #expect(stop.stdout.contains("stopped"))
        for pid in pids { #expect(!ProcessTable.isAlive(pid), "pid \(pid) outlived stop") }
        #expect(try YumaRunner.run(["localnet", "status", "--dir", root]).stdout.contains("not running"))
        #expect(try YumaRunner.run(["localnet", "stop", "--dir", root]).stdout.contains("not running"))

        let reset = try YumaRunner.run(["localnet", "reset", "--dir", root])
        #expect(reset.status == 0)
        #expect(!FileManager.default.fileExists(atPath: root))
    }

    @Test func killedSupervisorLeavesNoStrayChildren() async throws {
        let root = NSTemporaryDirectory() + "yuma-localnet-\(UUID().uuidString.prefix(8))"
        defer { _ = try? YumaRunner.run(["localnet", "reset", "--dir", root]) }
        let rpc = YumaRunner.freePort()
        let explorer = YumaRunner.freePort(avoiding: [rpc])
        let ports = ["--rpc-port", "\(rpc)", "--explorer-port", "\(explorer)"]
        let start = try YumaRunner.run(["localnet", "start", "--dir", root, "--no-neurons", "--wait"] + ports)
        #expect(start.status == 0, "start failed: \(start.output)")
        let layout = LocalnetLayout(root: root)
        let supervisor = try #require(StateFile(layout: layout).supervisorPID())
        let children = try StateFile(layout: layout).read()?.children.compactMap(\.pid) ?? []
        kill(supervisor, SIGKILL)
        _ = try await waitFor("the supervisor to die") { () -> Bool? in ProcessTable.isAlive(supervisor) ? nil : true }
        let status = try YumaRunner.run(["localnet", "status", "--dir", root])
        #expect(status.stdout.contains("not running"))
        #expect(status.stdout.contains("left running"), "\(status.output)")
        let restart = try YumaRunner.run(["localnet", "start", "--dir", root, "--no-neurons", "--wait"] + ports)
        #expect(restart.status == 0, "\(restart.output)")
        #expect(restart.stderr.contains("cleaned up"), "\(restart.output)")
        for pid in children { #expect(!ProcessTable.isAlive(pid)) }
        #expect(try YumaRunner.run(["localnet", "stop", "--dir", root]).status == 0)
    }
}

/// Polls `condition` until it returns a value; a generous hang guard, not a speed check.
func waitFor<T>(_ what: String, timeout: Duration = .seconds(90), _ condition: () async throws -> T?) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if let value = try await condition() { return value }
        try await Task.sleep(for: .milliseconds(100))
    }
    throw YumaRunner.Missing(description: "gave up waiting for \(what)")
}
