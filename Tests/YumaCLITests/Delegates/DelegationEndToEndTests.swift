import Foundation
import Testing

/// `yuma delegates` against a real dev node: nominate, delegate from two coldkeys, the delegate table
/// and JSON, my-delegates, a take change, the stake interval, undelegate, and the 2022 flat verbs.
@Suite(.serialized) struct DelegationEndToEndTests {
    typealias F = DelegationFixture

    /// `text` with every `block #N` replaced by `block #N`, so tables compare verbatim.
    static func blockless(_ text: String) -> String {
        text.replacingOccurrences(of: #"block #\d+"#, with: "block #N", options: .regularExpression)
    }

    @Test func nominateDelegateListUndelegate() async throws {
        let (fixture, nominated) = try await F.start()
        defer { fixture.stop() }
        #expect(
            Set(nominated.keys) == ["network", "coldkey", "hotkey", "take", "extrinsic", "block", "block_hash"])
        #expect(nominated["hotkey"] as? String == F.delegate)
        #expect(nominated["coldkey"] as? String == F.alice)
        #expect(F.integer(nominated["take"]) == 9_830)

        let again = try await fixture.run(["delegates", "nominate", "--wallet-name", "alice", "-y"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already a delegate with take 15.00 %"), "\(again.stderr)")

        // Two nominators and the owner's own stake.
        let bob = try await fixture.json([
            "delegates", "delegate", "--wallet-name", "bob", "--delegate-ss58", F.delegate, "--amount", "250",
        ])
        #expect(
            Set(bob.keys) == [
                "network", "coldkey", "hotkey", "amount", "stake_before", "stake_after", "balance_after",
                "extrinsic", "block", "block_hash",
            ])
        #expect(F.integer(bob["stake_after"]) == 250 * F.tao)
        _ = try await fixture.json([
            "delegate", "--wallet-name", "charlie", "--delegate-ss58", F.delegate, "--amount", "100",
        ])
        _ = try await fixture.json(["stake", "add", "--wallet-name", "alice", "--amount", "1000"])

        let list = try await fixture.json(["delegates", "list"])
        #expect(Set(list.keys) == ["network", "block", "delegates", "total_stake"])
        let delegates = try #require(list["delegates"] as? [[String: Any]])
        #expect(delegates.count == 1)
        let first = try #require(delegates.first)
        #expect(
            Set(first.keys) == [
                "rank", "hotkey", "owner", "take", "nominator_count", "nominators", "own_stake", "total_stake",
            ])
        #expect(F.integer(first["own_stake"]) == 1_000 * F.tao)
        #expect(F.integer(first["total_stake"]) == 1_350 * F.tao)
        #expect(first["nominator_count"] as? Int == 2)
        let nominators = try #require(first["nominators"] as? [[String: Any]])
        #expect(nominators.compactMap { $0["coldkey"] as? String } == [F.bob, F.charlie])

        let table = try await fixture.run(["delegates", "list"])
        #expect(
            Self.blockless(table.stdout.replacingOccurrences(of: fixture.node.url, with: "URL")) == """
                Delegates · network URL · block #N
                #  Hotkey                Owner                  Take (%)  Nominators  Own stake (τ)  Total stake (τ)
                ────────────────────────────────────────────────────────────────────────────────────────────────────
                1  5HavK3WjXJ…TFsSmBhCB  5GrwvaEF5z…cNoHGKutQY     15.00           2     1,000.0000       1,350.0000
                ────────────────────────────────────────────────────────────────────────────────────────────────────
                   1 delegate                                                      2     1,000.0000       1,350.0000

                """)
        let legacy = try await fixture.json(["list_delegates"])
        #expect(legacy["total_stake"] as? NSNumber == list["total_stake"] as? NSNumber)

        let mine = try await fixture.run(["delegates", "my-delegates", "--all"])
        #expect(
            Self.blockless(mine.stdout.replacingOccurrences(of: fixture.node.url, with: "URL")) == """
                Delegations · network URL · block #N
                Wallet   Coldkey             Delegate             Take (%)  My stake (τ)  Total stake (τ)  Share (%)
                ────────────────────────────────────────────────────────────────────────────────────────────────────
                alice    5GrwvaEF5…oHGKutQY  5HavK3WjX…TFsSmBhCB     15.00    1,000.0000       1,350.0000      74.07
                bob      5FHneW46x…jJM694ty  5HavK3WjX…TFsSmBhCB     15.00      250.0000       1,350.0000      18.52
                charlie  5FLSigC9H…1hXcS59Y  5HavK3WjX…TFsSmBhCB     15.00      100.0000       1,350.0000       7.41
                ────────────────────────────────────────────────────────────────────────────────────────────────────
                Total                        3 delegations                    1,350.0000

                """)
        let bobs = try await fixture.json(["my_delegates", "--wallet-name", "bob"])
        #expect(Set(bobs.keys) == ["network", "block", "delegations", "total"])
        #expect(F.integer(bobs["total"]) == 250 * F.tao)

        // Lowering the take needs no wait; raising it right after nominating is rate limited.
        let lowered = try await fixture.json(["delegates", "set-take", "--wallet-name", "alice", "--take", "0.10"])
        #expect(F.integer(lowered["take_before"]) == 9_830)
        #expect(F.integer(lowered["take"]) == 6_554)
        let raised = try await fixture.run(["delegates", "set-take", "--wallet-name", "alice", "--take", "0.17", "-y"])
        #expect(raised.status == 1)
        #expect(raised.stderr.contains("txRateLimitExceeded"), "\(raised.stderr)")

        // One stake call per pair per StakeInterval (360 blocks): undelegate waits for the next interval.
        let early = try await fixture.run([
            "delegates", "undelegate", "--wallet-name", "bob", "--delegate-ss58", F.delegate, "--amount", "50", "-y",
        ])
        #expect(early.status == 1)
        #expect(early.stderr.contains("StakeInterval"), "\(early.stderr)")
        try await fixture.seal(361)
        let out = try await fixture.json([
            "undelegate", "--wallet-name", "bob", "--delegate-ss58", F.delegate, "--all",
        ])
        #expect(F.integer(out["amount"]) == 250 * F.tao)
        #expect(F.integer(out["stake_after"]) == 0)
        let none = try await fixture.json(["delegates", "my-delegates", "--wallet-name", "bob"])
        #expect((none["delegations"] as? [Any])?.isEmpty == true)
    }

    @Test func mistakesAreOneLineErrors() async throws {
        let root = BtcliProcess.temporaryDirectory("yuma-delegation-errors")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root, "BT_NETWORK": "http://127.0.0.1:1"])
        _ = try yuma.run(["wallet", "regen-coldkey", "--uri", "//Bob", "--no-use-password", "-y"])
        let cases: [([String], String)] = [
            (["delegates", "delegate", "--amount", "1", "-y"], "missing --delegate-ss58"),
            (["delegates", "delegate", "--delegate-ss58", "5Nope", "--amount", "1", "-y"], "is not an SS58 address"),
            (["delegates", "nominate", "--take", "25", "-y"], "--take must be at most 1"),
            (["delegates", "nominate", "--take", "lots", "-y"], "--take must be a fraction like 0.18"),
            (["delegates", "list"], "yuma node --dev"),
        ]
        for (arguments, message) in cases {
            let result = try yuma.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
    }
}
