import ChainClient
import Foundation
import Keys
import Node
import Runtime
import Testing

/// The real `yuma node` process under load, killed with SIGKILL at random moments and restarted:
/// nothing it reported as included is ever lost, its head only moves forward, and its database
/// replays from genesis. Then SIGTERM: a prompt clean exit with the head intact.
@Suite(.serialized) struct NodeCrashTests {
    static let rounds = 8

    @Test(.timeLimit(.minutes(10))) func killedNodeKeepsEverythingItReported() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let arguments = ["--base-path", directory.path, "--block-time", "100ms", "--rpc-port", "0"]
        let spec = try ChainSpec.named("finney")
        let keys = try CrashLoad.devKeys()
        let ledger = CrashLedger()
        var replay = BalanceReplay(spec: spec)
        var admitted = 0
        var restartHeads: [UInt64] = []
        for round in 0..<Self.rounds {
            let node = try await NodeProcess(arguments: arguments)
            let client = HTTPChainClient(httpURL: node.httpURL)
            let head = try await client.head().number
            #expect(head >= ledger.highest, "round \(round): restarted at \(head), below reported block \(ledger.highest)")
            #expect(head >= (restartHeads.last ?? 0), "round \(round): the head moved back")
            restartHeads.append(head)
            try await Self.expectReported(ledger, by: client, round: round)

            admitted += try await Self.load(node, client: client, keys: keys, ledger: ledger, round: round) {
                try #require(try await node.stop(SIGKILL) != nil, "the node survived SIGKILL")
            }
            let store = try BlockStore(path: directory.path + "/chain.sqlite")
            try await replay.check(ledger.balances, store: store)
            try store.close()
        }
        print(
            "crash test: \(Self.rounds) SIGKILL rounds, \(admitted) extrinsics admitted, \(ledger.extrinsics.count) "
                + "reported included in \(ledger.highest) blocks, \(ledger.balances.count) balance reads; "
                + "restart heads \(restartHeads)")
        #expect(admitted >= 300, "only \(admitted) extrinsics were admitted over \(Self.rounds) rounds")
        #expect(ledger.extrinsics.count >= 200, "only \(ledger.extrinsics.count) extrinsics were reported included")

        // SIGTERM: a prompt exit with status 0, and the head is where the node said it was.
        let node = try await NodeProcess(arguments: arguments)
        let client = HTTPChainClient(httpURL: node.httpURL)
        try await Self.expectReported(ledger, by: client, round: Self.rounds)
        _ = try await Self.load(node, client: client, keys: keys, ledger: ledger, round: Self.rounds) {
            // A hang guard, not a speed check: the node must exit by itself after SIGTERM.
            let status = try await node.stop(SIGTERM, timeout: .seconds(30))
            #expect(status == 0, "SIGTERM: exit status \(String(describing: status)); log:\n\(node.log.contents)")
        }
        let store = try BlockStore(path: directory.path + "/chain.sqlite")
        let storedHead = try #require(try await store.head())
        #expect(storedHead.number >= ledger.highest)
        #expect(try await store.blockHash(number: ledger.highest).map { "0x" + Self.hex($0) } == ledger.blocks[ledger.highest])
        try await replay.check(ledger.balances, store: store)
        try store.close()

        let report = try await ChainReplay.verify(basePath: directory.path, spec: spec)
        #expect(report.isOK, "\(report.divergence?.description ?? "")")
        #expect(report.blocksVerified == storedHead.number)
        let verify = try NodeProcess.run(["node", "verify", "--base-path", directory.path])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("result           OK"), "\(verify.stdout)")
    }

    /// Runs the submitters and the ledger's follower for a random moment, then `stop`s the node and
    /// returns how many extrinsics were admitted.
    static func load(
        _ node: NodeProcess, client: HTTPChainClient, keys: [KeyPair], ledger: CrashLedger, round: Int,
        stop: () async throws -> Void
    ) async throws -> Int {
        let signer = try await client.signer()
        let accounts = keys.map(\.accountID)
        let follower = Task { await ledger.follow(client, accounts: accounts) }
        let submitters = keys.enumerated().map { index, key in
            Task { await CrashLoad.submit(60, from: index, key: key, round: round, signer: signer, client: client) }
        }
        // Kill once this round has at least 30 more extrinsics reported included (however fast the
        // machine is; a minute at most), then at a random moment shortly after.
        let target = ledger.extrinsics.count + 30
        let deadline = ContinuousClock.now + .seconds(60)
        while ledger.extrinsics.count < target && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .milliseconds(Int.random(in: 0...800)))
        try await stop()
        var admitted = 0
        for submitter in submitters { admitted += await submitter.value }
        follower.cancel()
        await follower.value
        return admitted
    }

    /// Every block and extrinsic in the ledger is still in the node, by number and by hash.
    static func expectReported(_ ledger: CrashLedger, by client: HTTPChainClient, round: Int) async throws {
        for (number, hash) in ledger.blocks.sorted(by: { $0.key < $1.key }) {
            let found = try await client.blockHash(number)
            #expect(found == hash, "round \(round): block \(number) was \(hash), now \(found ?? "missing")")
        }
        let extrinsics = Array(ledger.extrinsics)
        let lost = try await withThrowingTaskGroup(of: [String].self) { group in
            let width = 8
            for lane in 0..<width {
                group.addTask {
                    var lost: [String] = []
                    for index in stride(from: lane, to: extrinsics.count, by: width) {
                        let (hash, block) = extrinsics[index]
                        if try await client.extrinsic(hash: hash)?.blockNumber != block { lost.append(hash) }
                    }
                    return lost
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(lost.isEmpty, "round \(round): \(lost.count) reported extrinsics are gone, e.g. \(lost.first ?? "")")
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
}
