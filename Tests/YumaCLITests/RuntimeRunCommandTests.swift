import Foundation
import Testing

/// `yuma runtime run` end to end: the readable report verbatim, the JSON schema, and one-line errors
/// with exit status 1 for bad scripts and genesis files.
@Suite struct RuntimeRunCommandTests {
    static let script = """
        # A subnet, a burned registration, a refused transfer, a stake.
        alice subnets.register_network hotkey=alice
        advance 1
        bob registration.burned_register netuid=1 hotkey=dave
        bob balances.transfer dest=eve amount=2000000τ
        advance 1
        print
        bob staking.add_stake hotkey=dave amount=10τ
        advance 1

        """

    static func run(_ script: String = script, chain: String = "finney", _ extra: [String] = []) throws
        -> YumaProcess.Result
    {
        try YumaProcess.run(
            ["runtime", "run", "--chain", chain, "--script", YumaProcess.temporaryFile(script)] + extra)
    }

    @Test func reportIsStable() throws {
        let result = try Self.run()
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout == """
                Scenario on finney · 3 blocks produced

                == print at line 7, block 2 ==
                issuance 6000000.079695422 τ · stake 0.000000000 τ · recycled 0.100300000 τ

                Subnet 1 · uids 2/4096 · tempo 360 · difficulty 10000000 · burn 0.100000000 τ
                emission 1.000000000 τ per block · pending 0.820004577 τ
                UID  HOTKEY      STAKE τ  EMISSION ρ  INCENTIVE  DIVIDENDS  VPERMIT  BONDS
                  0  alice   0.000000000           0    0.00000    0.00000  no
                  1  dave    0.000000000           0    0.00000    0.00000  no

                Balances
                ACCOUNT             FREE τ     STAKED τ  NONCE
                alice     999000.179895422  0.000000000      1
                bob       999999.899800000  0.000000000      2
                charlie  1000000.000000000  0.000000000      0
                dave     1000000.000000000  0.000000000      0
                eve      1000000.000000000  0.000000000      0
                ferdie   1000000.000000000  0.000000000      0

                == final state, block 3 ==
                issuance 6000000.259590844 τ · stake 10.000000000 τ · recycled 0.100400000 τ

                Subnet 1 · uids 2/4096 · tempo 360 · difficulty 10000000 · burn 0.100000000 τ
                emission 1.000000000 τ per block · pending 1.640009154 τ
                UID  HOTKEY       STAKE τ  EMISSION ρ  INCENTIVE  DIVIDENDS  VPERMIT  BONDS
                  0  alice    0.000000000           0    0.00000    0.00000  no
                  1  dave    10.000000000           0    0.00000    0.00000  no

                Balances
                ACCOUNT             FREE τ      STAKED τ  NONCE
                alice     999000.359890844   0.000000000      1
                bob       999989.899700000  10.000000000      3
                charlie  1000000.000000000   0.000000000      0
                dave     1000000.000000000   0.000000000      0
                eve      1000000.000000000   0.000000000      0
                ferdie   1000000.000000000   0.000000000      0

                Failed extrinsics: 1
                BLOCK  LINE  SIGNER  CALL               ERROR
                    2     5  bob     balances.transfer  Balances.insufficientBalance

                """)
    }

    @Test func jsonOutputFollowsTheSchema() throws {
        let result = try Self.run(chain: "finney", ["--json-output"])
        #expect(result.status == 0)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["era", "blocks_produced", "final", "prints", "failures"])
        #expect(report["era"] as? String == "finney")
        #expect(report["blocks_produced"] as? Int == 3)
        let final = try #require(report["final"] as? [String: Any])
        #expect(
            Set(final.keys) == [
                "line", "block", "total_issuance", "total_stake", "total_recycled", "subnets", "accounts",
            ])
        #expect(final["block"] as? Int == 3)
        #expect(final["total_stake"] as? Int == 10_000_000_000)
        let subnet = try #require((final["subnets"] as? [[String: Any]])?.first)
        #expect(
            Set(subnet.keys) == [
                "netuid", "owner", "tempo", "difficulty", "burn", "n", "max_uids", "emission_per_block",
                "pending_emission", "proportion_scale", "neurons",
            ])
        #expect(subnet["burn"] as? Int == 100_000_000)
        let neuron = try #require((subnet["neurons"] as? [[String: Any]])?.last)
        #expect(
            Set(neuron.keys) == [
                "uid", "hotkey", "label", "coldkey", "stake", "emission", "incentive", "dividends",
                "consensus", "trust",
                "validator_trust", "validator_permit", "active", "last_update", "registered_at", "weights",
                "bonds",
            ])
        #expect(neuron["label"] as? String == "dave")
        #expect(neuron["stake"] as? Int == 10_000_000_000)
        let bob = try #require(
            (final["accounts"] as? [[String: Any]])?.first { $0["label"] as? String == "bob" })
        #expect(bob["free"] as? Int == 1_000_000_000_000_000 - 3 * 100_000 - 100_000_000 - 10_000_000_000)
        let failure = try #require((report["failures"] as? [[String: Any]])?.first)
        #expect(failure["line"] as? Int == 5)
        #expect(failure["error"] as? String == "Balances.insufficientBalance")
        #expect((report["prints"] as? [[String: Any]])?.first?["line"] as? Int == 7)
    }

    static let badScripts: [(script: String, message: String)] = [
        (
            "advance 1\nalice balances.send dest=bob amount=1",
            #"line 2: "alice balances.send dest=bob amount=1": unknown call balances.send"#
        ),
        (
            "alice balances.transfer dest=zed amount=1",
            #"line 1: "alice balances.transfer dest=zed amount=1": unknown account "zed""#
        ),
        ("alice balances.transfer dest=bob", "missing key amount for balances.transfer"),
        ("alice balances.transfer dest=bob amount=lots", "bad number amount=lots"),
        (
            "advance 1\nexpect balance bob 1τ",
            "expectation failed: at block 1 the value is 1000000000000000 rao"
        ),
    ]

    @Test(arguments: badScripts)
    func badScriptIsOneLineError(script: String, message: String) throws {
        let result = try Self.run(script)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func missingScriptIsOneLineError() throws {
        let result = try YumaProcess.run([
            "runtime", "run", "--chain", "finney", "--script", "/nonexistent/x.scenario",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("cannot read /nonexistent/x.scenario"))
    }

    @Test func strictTurnsARefusalIntoAnError() throws {
        let result = try Self.run(chain: "finney", ["--strict"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                #"line 5: "bob balances.transfer dest=eve amount=2000000τ": balances.transfer refused by the chain (--strict): Balances.insufficientBalance"#
            ))
    }

    @Test func genesisFileIsUsedAndItsErrorsNameTheField() throws {
        let file = try YumaProcess.temporaryFile(
            #"{ "era": "finney", "sudo": "alice", "endowments": [{ "account": "bob", "amount": "5τ" }],"#
                + #" "subnets": [{ "netuid": 2, "owner": "alice", "hyperparameters": { "tempo": 7 } }] }"#)
        let good = try Self.run(
            "advance 1\nexpect balance bob 5τ\nexpect uids 2 = 0", chain: file, ["--json-output"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains(#""tempo" : 7"#))
        let bad = try YumaProcess.temporaryFile(#"{ "era": "finney", "subnets": [{ "netuid": 1 }] }"#)
        let result = try Self.run("advance 1", chain: bad)
        #expect(result.status == 1)
        #expect(result.stderr.contains("field subnets[0].owner: is missing"), "\(result.stderr)")
        let missing = try Self.run("advance 1", chain: "/nonexistent/genesis.json")
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "--chain /nonexistent/genesis.json is neither nakamoto, finney nor a readable file"))
    }
}

/// The documented examples of `Examples/scenarios` run cleanly, and the command's help is stable.
@Suite struct RuntimeRunExamplesTests {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let examples: [(chain: String, script: String)] = [
        ("finney", "finney-subnet.scenario"),
        ("nakamoto", "nakamoto-pow.scenario"),
        ("Examples/scenarios/small-genesis.json", "what-if-burn.scenario"),
    ]

    @Test(arguments: examples)
    func exampleRunsAndItsExpectationsHold(chain: String, script: String) throws {
        let chainArgument = chain.hasSuffix(".json") ? Self.root.appendingPathComponent(chain).path : chain
        let path = Self.root.appendingPathComponent("Examples/scenarios").appendingPathComponent(script).path
        let result = try YumaProcess.run(["runtime", "run", "--chain", chainArgument, "--script", path])
        #expect(result.status == 0, "\(script): \(result.stderr)")
        #expect(result.stdout.contains("== final state"))
    }

    @Test func helpIsStable() throws {
        let result = try YumaProcess.run(["runtime", "run", "--help"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                OVERVIEW: Apply a scripted scenario through the runtime and print the resulting state.

                The script has one step per line: advance N, <origin> <pallet>.<call> key=value …, sudo
                <pallet>.<call> …, expect …, print, account NAME 0x…; # starts a comment. Calls are applied in the
                first block of the next advance. A call the chain refuses is reported, not an error, unless
                --strict. See Examples/scenarios/README.md.

                USAGE: yuma runtime run --chain <chain> --script <script> [--strict] [--json-output]

                OPTIONS:
                  --chain <chain>         nakamoto, finney (the development genesis) or a genesis JSON file.
                  --script <script>       Path of the scenario script.
                  --strict                Stop with an error at the first extrinsic the chain refuses.
                  --json-output           Print the report as JSON (amounts in rao).
                  -h, --help              Show help information.


                """)
    }
}
