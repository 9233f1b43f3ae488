import Foundation
import Testing

/// Bad arguments to btcli-style commands: one line on standard error that says what to do, status 1.
@Suite struct BtcliErrorTests {
    static let cases: [([String], String)] = [
        (["wallet", "transfer", "--dest", "xyz", "--amount", "1"], "--dest 'xyz' is not an SS58 address"),
        (
            [
                "wallet", "transfer", "--dest", "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
                "--amount", "1.0000000001",
            ],
            "--amount must be an amount of τ with at most 9 decimals"
        ),
        (["wallet", "inspect", "--bogus"], "Unknown option '--bogus' (see `yuma wallet inspect --help`)"),
        (["subnets", "show"], "Missing expected argument '--netuid <netuid>'"),
        (["wallet", "balance", "--network", "finney"], "unknown network 'finney'; pass --network local"),
        (["wallet", "inspect", "--wallet-name", "nobody"], "no wallet named nobody at "),
        (
            ["weights", "set", "--netuid", "1", "--uids", "0,1", "--weights", "1"],
            "--uids has 2 entries but --weights has 1"
        ),
        (
            ["sudo", "set", "--netuid", "1", "--param", "nonsense", "--value", "1"],
            "unknown hyperparameter 'nonsense'"
        ),
        (["wallet", "create", "--n-words", "13", "-y"], "--n-words must be 12, 15, 18, 21 or 24"),
        (["st", "add", "--amount", "1", "--all"], "no wallet named default at "),
        (
            ["subnets", "list", "--network", "http://127.0.0.1:1"],
            "cannot reach the node at http://127.0.0.1:1"
        ),
    ]

    @Test(arguments: cases) func oneLineAndStatusOne(arguments: [String], message: String) throws {
        let root = BtcliProcess.temporaryDirectory("yuma-wallets")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try BtcliProcess(environment: ["BT_WALLET_PATH": root]).run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: "), "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
}
