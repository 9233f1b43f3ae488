import ChildProcess
import Foundation
import Hashing
import Testing

@testable import Keys

/// Runs the Python `bittensor-wallet` package (`pip install bittensor-wallet`) as a live peer.
enum PythonWallet {
    /// Whether `python3 -c 'import bittensor_wallet'` succeeds on this machine.
    static let isAvailable: Bool =
        (try? run(script: "import bittensor_wallet", environment: [:]))?.status == 0

    /// Runs `script` with `python3`, extra `environment` variables and `arguments`; returns the exit status
    /// and the JSON object printed on the line that starts with `RESULT `.
    static func run(script: String, environment: [String: String], arguments: [String] = []) throws
        -> (status: Int32, result: [String: Any])
    {
        let process = ChildProcess()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last {
            $0.hasPrefix("RESULT ")
        }
        let json = line.map { Data($0.dropFirst("RESULT ".count).utf8) } ?? Data("{}".utf8)
        let object = (try? JSONSerialization.jsonObject(with: json)) as? [String: Any] ?? [:]
        return (process.terminationStatus, object)
    }

    /// Creates a wallet in Python and signs `argv[4]` with both keys.
    static let create = """
        import json, sys
        from bittensor_wallet import Wallet
        root, name, password, message = sys.argv[1:5]
        w = Wallet(name=name, hotkey="default", path=root)
        w.create_new_coldkey(use_password=True, coldkey_password=password, suppress=True, overwrite=True)
        w.create_new_hotkey(use_password=False, suppress=True, overwrite=True)
        cold = w.get_coldkey(password=password)
        hot = w.get_hotkey()
        print("RESULT " + json.dumps({
            "cold": cold.ss58_address, "hot": hot.ss58_address,
            "coldSignature": cold.sign(message.encode()).hex(), "hotSignature": hot.sign(message.encode()).hex()}))
        """

    /// Opens a wallet in Python (coldkey password from its BT_PW_ variable) and checks Yuma's signatures.
    static let open = """
        import json, sys
        from bittensor_wallet import Wallet
        from bittensor_wallet.keyfile import get_password_from_environment
        root, name, message, cold_sig, hot_sig = sys.argv[1:6]
        w = Wallet(name=name, hotkey="default", path=root)
        env_name = w.coldkey_file.env_var_name()
        cold = w.get_coldkey()
        hot = w.get_hotkey()
        print("RESULT " + json.dumps({
            "envName": env_name, "envPassword": get_password_from_environment(env_name),
            "cold": cold.ss58_address, "hot": hot.ss58_address,
            "coldpub": w.get_coldkeypub().ss58_address, "hotpub": w.get_hotkeypub().ss58_address,
            "coldOK": cold.verify(message.encode(), bytes.fromhex(cold_sig)),
            "hotOK": hot.verify(message.encode(), bytes.fromhex(hot_sig)),
            "encrypted": w.coldkey_file.is_encrypted()}))
        """
}

@Suite("Live interop with bittensor-wallet")
struct WalletLiveInteropTests {
    static let message = "yuma ⇄ bittensor"
    static let password = "Interop-pw-42"

    @Test(
        "A Python wallet opens in Yuma and a Yuma wallet opens in Python; signatures cross-verify",
        .enabled(
            if: PythonWallet.isAvailable,
            "python3 cannot import bittensor_wallet (pip install bittensor-wallet to run this test)"))
    func live() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }

        // Python → Yuma.
        let made = try PythonWallet.run(
            script: PythonWallet.create, environment: [:],
            arguments: [folder.path, "from-python", Self.password, Self.message])
        #expect(made.status == 0)
        let python = try Wallet(name: "from-python", root: folder.path)
        let coldkey = try python.loadColdkey(passwords: FixedPasswordSource(Self.password))
        #expect(coldkey.ss58Address == made.result["cold"] as? String)
        #expect(try python.loadColdkeypub().ss58Address == made.result["cold"] as? String)
        let hotkey = try python.loadHotkey()
        #expect(hotkey.ss58Address == made.result["hot"] as? String)
        #expect(try python.loadHotkeypub().ss58Address == made.result["hot"] as? String)
        for (signature, signer) in [("coldSignature", coldkey), ("hotSignature", hotkey)] {
            let hex = try #require(made.result[signature] as? String)
            #expect(try MessageSigning.verify(Self.message, signature: hex, signer: signer.ss58Address))
        }

        // Yuma → Python, the coldkey password passed in its BT_PW_ variable.
        let yuma = try Wallet(name: "from-yuma", root: folder.path)
        let created = try yuma.create(passwords: FixedPasswordSource(Self.password))
        let yumaCold = try yuma.loadColdkey(passwords: FixedPasswordSource(Self.password))
        let yumaHot = try yuma.loadHotkey()
        let variable = EnvironmentPasswordSource.variableName(forKeyfileAt: yuma.coldkeyPath)
        let value = EnvironmentPasswordSource.encode(password: Self.password, variableName: variable)
        let opened = try PythonWallet.run(
            script: PythonWallet.open, environment: [variable: value],
            arguments: [
                folder.path, "from-yuma", Self.message, MessageSigning.sign(Self.message, with: yumaCold),
                MessageSigning.sign(Self.message, with: yumaHot),
            ])
        #expect(opened.status == 0)
        #expect(opened.result["envName"] as? String == variable)
        #expect(opened.result["envPassword"] as? String == Self.password)
        #expect(opened.result["encrypted"] as? Bool == true)
        #expect(opened.result["cold"] as? String == created.coldkey.account.ss58Address)
        #expect(opened.result["coldpub"] as? String == created.coldkey.account.ss58Address)
        #expect(opened.result["hot"] as? String == created.hotkey.account.ss58Address)
        #expect(opened.result["hotpub"] as? String == created.hotkey.account.ss58Address)
        #expect(opened.result["coldOK"] as? Bool == true)
        #expect(opened.result["hotOK"] as? Bool == true)
    }
}
