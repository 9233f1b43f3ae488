import ChainAPI
import ChainClient
import Foundation
import Localnet
import Testing

/// The whole network as a newcomer starts it: `yuma localnet start --wait` with a validator and three
/// miners (a uniform guess, a trigram model, SmolLM2-135M). After a few epochs the incentive order
/// follows model quality and emission follows incentive; after `stop` nothing it started is left.
///
/// It needs a release `yuma` (`YUMA_BINARY`; a debug build runs the transformer far too slowly to answer
/// within the validator's deadline) and the SmolLM2 file; `scripts/test` provides both.
extension LocalnetLifecycleTests {
    static var networkTestEnabled: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["YUMA_REQUIRE_ORACLES"] == "1"
            || (environment["YUMA_BINARY"] != nil && environment["YUMA_SMOLLM2_GGUF"] != nil)
    }

    @Test(
        .enabled(if: networkTestEnabled, "needs YUMA_BINARY (a release build) and YUMA_SMOLLM2_GGUF; run scripts/test"),
        .timeLimit(.minutes(10)))
    func betterMinersEarnMore() async throws {
        let root = NSTemporaryDirectory() + "yuma-localnet-\(UUID().uuidString.prefix(8))"
        defer { _ = try? YumaRunner.run(["localnet", "reset", "--dir", root]) }
        let rpc = YumaRunner.freePort()
        let explorer = YumaRunner.freePort(avoiding: [rpc])
        let axonBase = Self.freeRange(3, avoiding: [rpc, explorer])
        let start = try YumaRunner.run([
            "localnet", "start", "--dir", root, "--wait", "--rpc-port", "\(rpc)", "--explorer-port", "\(explorer)",
            "--axon-base-port", "\(axonBase)", "--models", "uniform,ngram,smollm2",
        ])
        #expect(start.status == 0, "start failed: \(start.output)")
        let layout = LocalnetLayout(root: root)
        let state = try #require(try StateFile(layout: layout).read())
        let scaffold = try #require(state.scaffold, "no scaffold in the state: \(start.output)")
        let uid = Dictionary(uniqueKeysWithValues: scaffold.neurons.compactMap { n in n.model.map { ($0, Int(n.uid)) } })
        let (uniform, ngram, smollm2) = (try #require(uid["uniform"]), try #require(uid["ngram"]), try #require(uid["smollm2"]))
        let client = HTTPChainClient(httpURL: "http://127.0.0.1:\(rpc)")

        // Hang guard only: the order must settle within a few minutes of epochs (tempo 20 blocks).
        let settled = try await waitFor("the incentive order smollm2 > ngram > uniform", timeout: .seconds(420)) {
            () async -> MetagraphView? in
            guard let metagraph = try? await client.metagraph(scaffold.netuid) else { return nil }
            let incentive = metagraph.incentive
            guard incentive[smollm2] > incentive[ngram], incentive[ngram] > incentive[uniform] else { return nil }
            return metagraph
        }
        // Emission follows incentive among the miners.
        let emission = settled.emission
        #expect(emission[smollm2] > emission[ngram], "emission \(emission), incentive \(settled.incentive)")
        #expect(emission[ngram] >= emission[uniform], "emission \(emission), incentive \(settled.incentive)")
        for name in ["validator", "miner-uniform", "miner-ngram", "miner-smollm2"] {
            let child = try #require(try StateFile(layout: layout).read()?.children.first { $0.name == name })
            #expect(child.restarts == 0, "\(name) was restarted: \(child.lastExit ?? "")")
        }

        let pids = (try StateFile(layout: layout).read()?.children.compactMap(\.pid) ?? [])
            + [try #require(StateFile(layout: layout).supervisorPID())]
        #expect(pids.count == 7)
        let stop = try YumaRunner.run(["localnet", "stop", "--dir", root])
        #expect(stop.status == 0)
        for pid in pids { #expect(!ProcessTable.isAlive(pid), "pid \(pid) outlived stop") }
    }

    /// The first of `count` consecutive free ports.
    static func freeRange(_ count: Int, avoiding taken: Set<Int>) -> Int {
        while true {
            let base = YumaRunner.freePort(avoiding: taken)
            let range = base..<(base + count)
            if range.allSatisfy({ !taken.contains($0) && PortCheck.isFree($0) }) { return base }
        }
    }
}
