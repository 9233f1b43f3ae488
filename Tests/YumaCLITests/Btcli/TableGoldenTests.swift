import Foundation
import Testing

/// A table verbatim, with deterministic keys (restored from dev URIs): a title, a rule, a totals footer,
/// and addresses shortened in the middle on a narrow terminal.
@Suite struct TableGoldenTests {
    /// A wallet folder with //Alice's coldkey, two hotkeys and a watch-only //Bob.
    static func wallets() throws -> (BtcliProcess, String) {
        let root = BtcliProcess.temporaryDirectory("yuma-table")
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root])
        let steps: [[String]] = [
            ["wallet", "regen-coldkey", "--wallet-name", "alice", "--uri", "//Alice", "--no-use-password"],
            ["wallet", "regen-hotkey", "--wallet-name", "alice", "--uri", "//Alice//validator"],
            [
                "wallet", "regen-hotkey", "--wallet-name", "alice", "--hotkey", "miner-with-a-long-name",
                "--uri", "//Alice//miner",
            ],
            [
                "wallet", "regen-coldkeypub", "--wallet-name", "bob", "--ss58",
                "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
            ],
        ]
        for step in steps {
            let result = try yuma.run(step + ["-y", "--quiet"])
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        return (yuma, root)
    }

    @Test func walletListAtHundredAndFiftyColumns() throws {
        let (yuma, root) = try Self.wallets()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let wide = try yuma.run(["wallet", "list"]).stdout.replacingOccurrences(of: root, with: "ROOT")
        #expect(
            wide == """
                Wallets at ROOT
                Wallet     Key                            Address
                ──────────────────────────────────────────────────────────────────────────────────────────
                alice      coldkey                        5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY
                           hotkey default                 5HavK3WjXJvq2m6quTLBpd7NutX97nhpkBU2QraTFsSmBhCB
                           hotkey miner-with-a-long-name  5CMfubeU6u6DYitJ7vniM3yrst51JywttqiTFFe71MVAjALc
                bob        coldkey                        5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty
                ──────────────────────────────────────────────────────────────────────────────────────────
                2 wallets  2 hotkeys

                """)
        let narrow = try yuma.run(["wallet", "list"], extra: ["COLUMNS": "50"]).stdout
            .replacingOccurrences(of: root, with: "ROOT")
        #expect(
            narrow == """
                Wallets at ROOT
                Wallet     Key                            Address
                ──────────────────────────────────────────────────
                alice      coldkey                        5Grwv…KutQY
                           hotkey default                 5HavK…mBhCB
                           hotkey miner-with-a-long-name  5CMfu…AjALc
                bob        coldkey                        5FHne…694ty
                ──────────────────────────────────────────────────
                2 wallets  2 hotkeys

                """)
    }

    @Test func quietPrintsOnlyWhatScriptsNeed() throws {
        let (yuma, root) = try Self.wallets()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try yuma.run(["wallet", "list", "--quiet"]).stdout == "alice\nbob\n")
        #expect(
            try yuma.run(["wallet", "inspect", "--wallet-name", "alice", "--quiet"]).stdout
                == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n")
    }
}
