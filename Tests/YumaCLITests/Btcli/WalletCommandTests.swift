import Foundation
import Testing

/// `yuma wallet` offline: create with a `BT_PW_…` password, list, inspect, sign and verify in a temporary
/// wallet path with `--no-prompt`, and the JSON schema of each.
@Suite struct WalletCommandTests {
    static let password = "correct-Horse9"

    @Test func createListInspectSignVerify() throws {
        let root = BtcliProcess.temporaryDirectory("yuma-wallets")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (name, value) = BtcliProcess.passwordVariable(
            forKeyfileAt: root + "/alice/coldkey", password: Self.password)
        let yuma = BtcliProcess(environment: [name: value])
        let wallet = ["--wallet-path", root, "--wallet-name", "alice"]

        let created = try yuma.run(["wallet", "create"] + wallet + ["--no-prompt", "--json-output"])
        #expect(created.status == 0, "\(created.stderr)")
        let createdJSON = try BtcliProcess.object(created)
        #expect(Set(createdJSON.keys) == ["wallet", "path", "coldkey", "hotkey", "coldkey_encrypted"])
        #expect(createdJSON["coldkey_encrypted"] as? Bool == true)
        let coldkey = try #require(createdJSON["coldkey"] as? [String: Any])
        #expect(Set(coldkey.keys) == ["name", "ss58_address", "public_key", "key_type"])
        let address = try #require(coldkey["ss58_address"] as? String)
        #expect(!created.stdout.contains("mnemonic"))
        let coldkeyFile = try String(contentsOfFile: root + "/alice/coldkey", encoding: .isoLatin1)
        #expect(coldkeyFile.hasPrefix("$NACL"))

        let hotkey = try yuma.run([
            "w", "new_hotkey", "--wallet.path", root, "--wallet.name", "alice", "--wallet.hotkey", "miner",
            "-y", "--quiet",
        ])
        #expect(hotkey.status == 0, "\(hotkey.stderr)")
        #expect(hotkey.stdout.hasPrefix("5"))

        let list = try yuma.run(["wallet", "list", "--wallet_path", root, "--json-output"])
        let listJSON = try BtcliProcess.object(list)
        #expect(Set(listJSON.keys) == ["wallet_path", "wallets"])
        let wallets = try #require(listJSON["wallets"] as? [[String: Any]])
        #expect(wallets.count == 1)
        #expect(wallets.first?["name"] as? String == "alice")
        #expect(
            (wallets.first?["hotkeys"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == [
                "default", "miner",
            ])

        let table = try yuma.run(["wallet", "list", "--wallet-path", root])
        #expect(table.stdout.hasPrefix("Wallets at \(root)\nWallet    Key             Address\n"))
        #expect(table.stdout.hasSuffix("\n1 wallet  2 hotkeys\n"))

        let inspect = try BtcliProcess.object(yuma.run(["wallet", "inspect"] + wallet + ["--json-output"]))
        #expect(Set(inspect.keys) == ["wallet", "path", "coldkey", "coldkey_encryption", "hotkeys"])
        #expect(inspect["coldkey_encryption"] as? String == "nacl")

        let signed = try yuma.run(
            ["wallet", "sign"] + wallet + ["--message", "hello yuma", "--no-prompt", "--json-output"])
        #expect(signed.status == 0, "\(signed.stderr)")
        let signedJSON = try BtcliProcess.object(signed)
        #expect(Set(signedJSON.keys) == ["signer", "key", "message", "signature"])
        #expect(signedJSON["signer"] as? String == address)
        let signature = try #require(signedJSON["signature"] as? String)
        #expect(signature.count == 128)
        #expect(!signed.stderr.contains(Self.password) && !signed.stdout.contains(Self.password))

        let verified = try yuma.run([
            "wallet", "verify", "--message", "hello yuma", "--signature", signature, "--address", address,
            "--json-output",
        ])
        #expect(verified.status == 0)
        #expect(try BtcliProcess.object(verified)["valid"] as? Bool == true)
        let forged = try yuma.run([
            "wallet", "verify", "--message", "hello yumb", "--signature", signature, "--address", address,
        ])
        #expect(forged.status == 1)
        #expect(forged.stdout.hasPrefix("Invalid:"))
    }

    @Test func encryptedColdkeyWithoutPasswordIsOneLineError() throws {
        let root = BtcliProcess.temporaryDirectory("yuma-wallets")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (name, value) = BtcliProcess.passwordVariable(
            forKeyfileAt: root + "/bob/coldkey", password: Self.password)
        let created = try BtcliProcess(environment: [name: value]).run(
            ["wallet", "new-coldkey", "--wallet-path", root, "--wallet-name", "bob", "-y", "--quiet"])
        #expect(created.status == 0, "\(created.stderr)")
        let result = try BtcliProcess().run([
            "wallet", "sign", "--wallet-path", root, "--wallet-name", "bob", "--message", "m", "-y",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("BT_PW__"), "\(result.stderr)")
    }

    @Test func regenFromURIIsUnencryptedWhenAsked() throws {
        let root = BtcliProcess.temporaryDirectory("yuma-wallets")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let yuma = BtcliProcess()
        let result = try yuma.run(
            [
                "wallet", "regen-coldkey", "--wallet-path", root, "--wallet-name", "sudo", "--uri", "//Alice",
                "--no-use-password", "-y", "--json-output",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let coldkey = try #require(try BtcliProcess.object(result)["coldkey"] as? [String: Any])
        #expect(coldkey["ss58_address"] as? String == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        let again = try yuma.run([
            "wallet", "regen-coldkey", "--wallet-path", root, "--wallet-name", "sudo", "--uri", "//Alice",
            "--no-use-password", "-y",
        ])
        #expect(again.status == 1)
        #expect(again.stderr.contains("pass --overwrite"))
        let pub = try yuma.run(
            [
                "wallet", "regen-coldkeypub", "--wallet-path", root, "--wallet-name", "watch", "--ss58",
                "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty", "--quiet",
            ])
        #expect(pub.stdout == "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty\n")
    }
}
