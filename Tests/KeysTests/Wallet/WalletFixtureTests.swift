import Hashing
import Testing

@testable import Keys

@Suite("Keyfiles written by bittensor-wallet (committed fixtures)")
struct WalletFixtureTests {
    static func wallet(hotkey: String = "default") throws -> Wallet {
        try Wallet(name: "fixture", hotkey: hotkey, root: walletFixtureRoot)
    }

    @Test("The $NACL coldkey decrypts with the fixture password and Bittensor's Argon2i parameters")
    func coldkey() throws {
        let wallet = try Self.wallet()
        #expect(try wallet.coldkeyEncryption() == .nacl)
        let key = try wallet.readColdkey(passwords: FixedPasswordSource(WalletFixtureVectors.password))
        guard case .secret(let pair, let mnemonic) = key else {
            Issue.record("the fixture coldkey must hold a secret")
            return
        }
        #expect(pair.ss58Address == WalletFixtureVectors.coldAddress)
        #expect(pair.privateKey.hexString == WalletFixtureVectors.coldPrivateKey)
        #expect(mnemonic?.phrase == WalletFixtureVectors.coldPhrase)
        #expect(try wallet.loadColdkeypub().ss58Address == WalletFixtureVectors.coldAddress)
    }

    @Test(
        "Hotkeys of every kind load with the addresses Python computed",
        arguments: [
            ("default", WalletFixtureVectors.hotAddress, SignatureScheme.sr25519),
            ("ed", WalletFixtureVectors.edAddress, .ed25519),
            ("alice", WalletFixtureVectors.aliceAddress, .sr25519),
            ("seedquirk", WalletFixtureVectors.quirkAddress, .sr25519),
        ])
    func hotkeys(_ name: String, _ address: String, _ scheme: SignatureScheme) throws {
        let wallet = try Self.wallet(hotkey: name)
        let pair = try wallet.loadHotkey()
        #expect(pair.ss58Address == address)
        #expect(pair.scheme == scheme)
        #expect(try wallet.loadHotkeypub() == PublicAccount(pair))
    }

    @Test("The fixture wallet lists its hotkeys")
    func listing() throws {
        #expect(try Wallet.walletNames(root: walletFixtureRoot) == ["fixture", "formats"])
        #expect(try Self.wallet().hotkeyNames() == ["alice", "default", "ed", "seedquirk"])
    }

    @Test("SDK 6.x files with spaced JSON and nulls still load")
    func sdk6Files() throws {
        let hotkey = try KeyfileData(jsonBytes: try fixtureBytes("formats/sdk6-hotkey")).key()
        #expect(try hotkey.keyPair().ss58Address == WalletFixtureVectors.hotAddress)
        let pub = try KeyfileData(jsonBytes: try fixtureBytes("formats/sdk6-coldkeypub.txt")).key()
        #expect(pub.publicAccount.ss58Address == WalletFixtureVectors.hotAddress)
    }

    @Test(
        "Legacy ansible-vault and fernet coldkeys are recognised and refused with a clear message",
        arguments: [
            ("formats/ansible-coldkey", KeyfileEncryption.ansibleVault), ("formats/fernet-coldkey", .fernet),
        ])
    func legacy(_ path: String, _ encryption: KeyfileEncryption) throws {
        let bytes = try fixtureBytes(path)
        #expect(KeyfileEncryption(detecting: bytes) == encryption)
        #expect(throws: KeyfileError.legacyEncryption(encryption)) {
            try KeyfileCipher.decrypt(bytes, password: WalletFixtureVectors.password)
        }
        let message = KeyfileError.legacyEncryption(encryption).description
        #expect(
            message.hasPrefix("this keyfile uses the legacy \(encryption) format, which Yuma cannot decrypt"))
    }

    @Test("A signature made in Python verifies in Yuma, and a Yuma signature of the same message too")
    func pythonSignature() throws {
        #expect(
            try MessageSigning.verify(
                WalletFixtureVectors.message, signature: WalletFixtureVectors.signature,
                signer: WalletFixtureVectors.hotAddress))
        let hotkey = try Self.wallet().loadHotkey()
        let mine = MessageSigning.sign(WalletFixtureVectors.message, with: hotkey)
        #expect(
            try MessageSigning.verify(
                WalletFixtureVectors.message, signature: mine, signer: hotkey.ss58Address))
    }
}
