import ChildProcess
import Foundation
import Testing

/// `--crypto-type` on the key-writing commands: ed25519 keys match the protocol's test vectors, carry
/// `"cryptoType":0`, and load as ed25519 in Bittensor's Python wallet; a bad value is a one-line error.
@Suite struct CryptoTypeTests {
    static let abandon = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

    /// Whether `python3` on PATH imports `bittensor_wallet`.
    static var pythonWallet: Bool {
        (try? python(["-c", "import bittensor_wallet"]).status) == 0
    }

    /// Runs `python3 arguments…` from PATH.
    static func python(_ arguments: [String]) throws -> YumaProcess.Result {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return YumaProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(arguments: [
        ("sr25519", "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH", false),
        ("ed25519", "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6", true),
    ])
    func regenWritesTheSchemeAsked(scheme: String, address: String, writesCryptoType: Bool) throws {
        let root = BtcliProcess.temporaryDirectory("yuma-crypto")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root])
        let coldkey = try yuma.run([
            "wallet", "regen-coldkey", "--mnemonic", Self.abandon, "--crypto-type", scheme, "--no-use-password",
            "--json-out",
        ])
        #expect(coldkey.status == 0, "\(coldkey.stderr)")
        let key = try #require(try BtcliProcess.object(coldkey)["coldkey"] as? [String: Any])
        #expect(key["key_type"] as? String == scheme)
        #expect(key["ss58_address"] as? String == address)
        let hotkey = try BtcliProcess.object(
            yuma.run(["wallet", "regen-hotkey", "--mnemonic", Self.abandon, "--crypto_type", scheme, "--json-output"]))
        #expect(Set(hotkey.keys) == ["wallet", "path", "hotkey"])
        #expect((hotkey["hotkey"] as? [String: Any])?["ss58_address"] as? String == address)
        for file in ["coldkey", "coldkeypub.txt", "hotkeys/default", "hotkeys/defaultpub.txt"] {
            let text = try String(contentsOfFile: root + "/default/" + file, encoding: .utf8)
            #expect(text.contains("\"cryptoType\":0") == writesCryptoType, "\(file): \(text)")
        }
    }

    @Test func createAndNewKeysTakeTheOption() throws {
        let root = BtcliProcess.temporaryDirectory("yuma-crypto")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root])
        let created = try BtcliProcess.object(
            yuma.run(["wallet", "create", "--crypto-type", "ed25519", "--no-use-password", "--json-output"]))
        #expect((created["coldkey"] as? [String: Any])?["key_type"] as? String == "ed25519")
        #expect((created["hotkey"] as? [String: Any])?["key_type"] as? String == "ed25519")
        let hotkey = try BtcliProcess.object(
            yuma.run(["wallet", "new-hotkey", "--hotkey", "second", "--crypto-type", "ED25519", "--json-output"]))
        #expect((hotkey["hotkey"] as? [String: Any])?["key_type"] as? String == "ed25519")
        let text = try yuma.run(["wallet", "new-coldkey", "--wallet-name", "t", "--crypto-type", "ed25519", "--no-use-password"])
        #expect(text.stdout.contains("(ed25519, not encrypted)"), "\(text.stdout)")
    }

    @Test(arguments: [
        ["wallet", "create", "--crypto-type", "rsa", "--no-use-password", "-y"],
        ["wallet", "regen-hotkey", "--uri", "//Alice", "--crypto-type", "secp256k1", "-y"],
        ["wallet", "regen-coldkeypub", "--ss58", "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", "--crypto-type", "x"],
    ])
    func badValueIsOneLineError(arguments: [String]) throws {
        let root = BtcliProcess.temporaryDirectory("yuma-crypto")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = try BtcliProcess(environment: ["BT_WALLET_PATH": root]).run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: --crypto-type must be sr25519 or ed25519; got '"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: root))?.isEmpty == true)
    }

    @Test func regenJSONBackupFlagIsExplained() throws {
        let result = try BtcliProcess().run(["wallet", "regen-coldkey", "--json", "backup.json", "-y"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("polkadot-js JSON backup"), "\(result.stderr)")
        #expect(result.stderr.contains("--json-output"))
    }

    @Test(.enabled(if: pythonWallet || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1"))
    func pythonWalletLoadsEd25519Keys() throws {
        let root = BtcliProcess.temporaryDirectory("yuma-crypto")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess(environment: ["BT_WALLET_PATH": root])
        for kind in ["regen-coldkey", "regen-hotkey"] {
            let result = try yuma.run([
                "wallet", kind, "--mnemonic", Self.abandon, "--crypto-type", "ed25519", "--no-use-password", "-y",
            ].filter { kind == "regen-coldkey" || $0 != "--no-use-password" })
            #expect(result.status == 0, "\(result.stderr)")
        }
        let script = """
            import sys
            from bittensor_wallet import Wallet
            w = Wallet(name="default", hotkey="default", path=sys.argv[1])
            ck, pub, hk = w.get_coldkey(), w.get_coldkeypub(), w.get_hotkey()
            sig = ck.sign(b"yuma")
            print(ck.ss58_address, ck.crypto_type, pub.crypto_type, hk.crypto_type, pub.verify(b"yuma", sig))
            """
        let result = try Self.python(["-c", script, root])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6 0 0 0 True\n", "\(result.stderr)")
    }
}
