import Foundation
import Testing

/// Defaults come from `~/.bittensor/config.yml`, then `BT_*` variables override them, then flags.
@Suite struct ConfigPrecedenceTests {
    /// The `wallet_path` `wallet list --json-output` reports.
    static func walletPath(_ yuma: BtcliProcess, _ extra: [String] = []) throws -> String? {
        try BtcliProcess.object(yuma.run(["wallet", "list", "--json-output"] + extra))["wallet_path"]
            as? String
    }

    @Test func fileThenEnvironmentThenFlags() throws {
        var yuma = BtcliProcess()
        let folder = yuma.home + "/.bittensor"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
        # btcli configuration
        wallet_name: "main"
        wallet_path: /tmp/from-config   # a comment
        network: ws://127.0.0.1:1
        metagraph_cols:
          UID: true
        """.write(toFile: folder + "/config.yml", atomically: true, encoding: .utf8)
        #expect(try Self.walletPath(yuma) == "/tmp/from-config")
        let unreachable = try yuma.run(["subnets", "list"])
        #expect(unreachable.stderr.contains("http://127.0.0.1:1"), "\(unreachable.stderr)")
        let missing = try yuma.run(["wallet", "inspect"])
        #expect(missing.stderr.contains("no wallet named main at /tmp/from-config"), "\(missing.stderr)")

        yuma.environment["BT_WALLET_PATH"] = "/tmp/from-env"
        #expect(try Self.walletPath(yuma) == "/tmp/from-env")
        #expect(try Self.walletPath(yuma, ["--wallet.path", "/tmp/from-flag"]) == "/tmp/from-flag")
    }

    @Test func nestedKeysOfOlderConfigs() throws {
        let yuma = BtcliProcess()
        let file = yuma.home + "/old-config.yml"
        try """
        wallet:
          name: old
          path: '/tmp/nested-path'
        subtensor:
          network: local
        """.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Self.walletPath(yuma, []) != "/tmp/nested-path")
        var configured = yuma
        configured.environment["BT_CONFIG"] = file
        #expect(try Self.walletPath(configured) == "/tmp/nested-path")
    }
}
