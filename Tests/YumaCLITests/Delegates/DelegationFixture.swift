import Foundation
import Testing

/// A dev node with one delegate: //Alice owns subnet 1 (tempo 10000, so no epoch pays emission during a
/// test) and opened her hotkey //Alice//validator as a delegate with a 15 % take.
struct DelegationFixture {
    /// //Alice's delegate hotkey.
    static let delegate = "5HavK3WjXJvq2m6quTLBpd7NutX97nhpkBU2QraTFsSmBhCB"
    /// //Alice.
    static let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
    /// //Bob.
    static let bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"
    /// //Charlie.
    static let charlie = "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y"
    /// Rao in one τ.
    static let tao: UInt64 = 1_000_000_000

    /// The node (blocks sealed by hand).
    let node: DevNode
    /// The wallet folder.
    let root: String
    /// `yuma` with that folder and node as `BT_WALLET_PATH` and `BT_NETWORK`.
    let yuma: BtcliProcess

    /// Starts the node and sets up the delegate; `nominate` is the JSON `delegates nominate` printed.
    static func start() async throws -> (DelegationFixture, nominate: [String: Any]) {
        let node = try await DevNode.start()
        let root = BtcliProcess.temporaryDirectory("yuma-delegation-wallets")
        let fixture = DelegationFixture(
            node: node, root: root, yuma: BtcliProcess(environment: ["BT_WALLET_PATH": root, "BT_NETWORK": node.url]))
        for uri in ["alice": "//Alice", "bob": "//Bob", "charlie": "//Charlie"].sorted(by: { $0.key < $1.key }) {
            _ = try await fixture.json([
                "wallet", "regen-coldkey", "--wallet-name", uri.key, "--uri", uri.value, "--no-use-password",
            ])
        }
        _ = try await fixture.json(["wallet", "regen-hotkey", "--wallet-name", "alice", "--uri", "//Alice//validator"])
        _ = try await fixture.json(["subnets", "create", "--wallet-name", "alice"])
        _ = try await fixture.json([
            "sudo", "set", "--netuid", "1", "--param", "tempo", "--value", "10000", "--wallet-name", "alice",
        ])
        let nominate = try await fixture.json(["delegates", "nominate", "--wallet-name", "alice", "--take", "15%"])
        return (fixture, nominate)
    }

    /// Runs a command that must succeed with `--json-output` while blocks are sealed; its JSON object.
    func json(_ arguments: [String]) async throws -> [String: Any] {
        let result = try await yuma.run(arguments + ["--json-output"], sealingOn: node)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try BtcliProcess.object(result)
    }

    /// Runs a command while blocks are sealed.
    func run(_ arguments: [String]) async throws -> YumaProcess.Result {
        try await yuma.run(arguments, sealingOn: node)
    }

    /// Seals `count` blocks.
    func seal(_ count: Int) async throws {
        for _ in 0..<count { try await node.seal() }
    }

    /// Stops the node and removes the wallets.
    func stop() {
        node.stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    /// `value` as an unsigned integer, whichever number type JSONSerialization chose.
    static func integer(_ value: Any?) -> UInt64? { (value as? NSNumber).map(\.uint64Value) }
}
