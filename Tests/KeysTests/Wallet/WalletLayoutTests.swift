import Foundation
import Testing

@testable import Keys

@Suite("Wallet layout, creation and loading")
struct WalletLayoutTests {
    @Test("Paths follow <root>/<name>/{coldkey, coldkeypub.txt, hotkeys/<hotkey>, hotkeys/<hotkey>pub.txt}")
    func paths() throws {
        let wallet = try Wallet(name: "alice", hotkey: "miner1", root: "/data/wallets/")
        #expect(wallet.coldkeyPath == "/data/wallets/alice/coldkey")
        #expect(wallet.coldkeypubPath == "/data/wallets/alice/coldkeypub.txt")
        #expect(wallet.hotkeyPath == "/data/wallets/alice/hotkeys/miner1")
        #expect(wallet.hotkeypubPath == "/data/wallets/alice/hotkeys/miner1pub.txt")
        let home = try #require(homeDirectory())
        #expect(try Wallet().root == home + "/.bittensor/wallets")
        #expect(try Wallet().coldkeyPath == home + "/.bittensor/wallets/default/coldkey")
        #expect(try Wallet.defaultRoot(environment: ["BT_WALLET_PATH": "/srv/w"]) == "/srv/w")
        #expect(try Wallet.defaultRoot(environment: ["BT_WALLET_PATH": "~/w"]) == home + "/w")
    }

    @Test(
        "Names that are not a single path component are refused", arguments: ["", ".", "..", "a/b", "x\0y"])
    func invalidNames(_ name: String) {
        #expect(throws: WalletError.invalidName(name, kind: "wallet")) {
            try Wallet(name: name, root: "/tmp")
        }
        #expect(throws: WalletError.invalidName(name, kind: "hotkey")) {
            try Wallet(hotkey: name, root: "/tmp")
        }
    }

    @Test("Create writes an encrypted coldkey, plaintext hotkey and public files, 0600 in 0700 folders")
    func create() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path + "/wallets")
        let passwords = CountingPasswordSource("Create-pw-1")
        let created = try wallet.create(passwords: passwords)
        #expect(passwords.requests.map(\.purpose) == [.encrypt])
        #expect(passwords.requests.first?.keyfilePath == wallet.coldkeyPath)
        #expect(created.coldkey.mnemonic?.words.count == 12)
        #expect(try wallet.coldkeyEncryption() == .nacl)
        for path in [wallet.coldkeyPath, wallet.coldkeypubPath, wallet.hotkeyPath, wallet.hotkeypubPath] {
            #expect(permissions(path) == 0o600, "\(path)")
        }
        for path in [wallet.root, wallet.directory, wallet.hotkeysDirectory] {
            #expect(permissions(path) == 0o700, "\(path)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: wallet.hotkeysDirectory).sorted()
                == ["default", "defaultpub.txt"])
        let hotkeyText = String(decoding: try KeyfileStorage.read(wallet.hotkeyPath), as: UTF8.self)
        #expect(hotkeyText.hasPrefix("{\"accountId\""))

        // Loading: the coldkey asks once, the hotkey and public files never.
        let coldkey = try wallet.loadColdkey(passwords: passwords)
        #expect(passwords.requests.map(\.purpose) == [.encrypt, .unlock])
        #expect(coldkey.ss58Address == created.coldkey.account.ss58Address)
        #expect(try wallet.loadColdkeypub() == created.coldkey.account)
        #expect(try wallet.loadHotkey().ss58Address == created.hotkey.account.ss58Address)
        #expect(try wallet.loadHotkeypub() == created.hotkey.account)
        guard case .secret(_, let mnemonic) = try wallet.readColdkey(passwords: passwords) else {
            Issue.record("the coldkey must hold a secret")
            return
        }
        #expect(mnemonic == created.coldkey.mnemonic)
        #expect(passwords.requests.count == 3)
    }

    @Test("An existing key is never overwritten unless asked, and nothing is written on refusal")
    func refusesOverwrite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path)
        let first = try wallet.createHotkey()
        let passwords = CountingPasswordSource("Create-pw-1")
        #expect(throws: WalletError.keyfileExists(path: wallet.hotkeyPath)) { try wallet.createHotkey() }
        #expect(throws: WalletError.keyfileExists(path: wallet.hotkeyPath)) {
            try wallet.create(passwords: passwords)
        }
        #expect(!wallet.hasColdkey)
        #expect(passwords.requests.isEmpty)
        #expect(try wallet.loadHotkeypub() == first.account)
        let second = try wallet.createHotkey(overwrite: true)
        #expect(second.account != first.account)
        #expect(try wallet.loadHotkey().publicKey == second.account.publicKey)
        #expect(try wallet.hotkeyNames() == ["default"])
    }

    @Test("Regenerating from a mnemonic, seed or URI gives the protocol.md §1.7 addresses")
    func regenerate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path)
        let passwords = CountingPasswordSource("Regen-pw-1")
        let cases: [(KeySource, SignatureScheme, String)] = [
            (
                try KeySource(
                    parsing: "legal winner thank year wave sausage worth useful legal winner thank yellow"),
                .sr25519, "5EHgWw2Af1pnoc7f1A8bfmM97W3DAYW8xr82RfhLL9oAabAe"
            ),
            (
                try KeySource(parsing: "0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2"),
                .ed25519, "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6"
            ),
            (try KeySource(parsing: "//Alice"), .sr25519, "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"),
        ]
        for (source, scheme, address) in cases {
            try wallet.regenerateColdkey(from: source, passwords: passwords, scheme: scheme, overwrite: true)
            #expect(try wallet.loadColdkey(passwords: passwords).ss58Address == address)
            #expect(try wallet.loadColdkeypub().ss58Address == address)
            try wallet.regenerateHotkey(from: source, scheme: scheme, overwrite: true)
            #expect(try wallet.loadHotkey().ss58Address == address)
            #expect(try wallet.loadHotkey().scheme == scheme)
        }
        let plain = try wallet.selectingHotkey("plain")
        try plain.regenerateColdkey(
            from: .uri("//Bob"), passwords: NoPasswordSource(), encrypt: false, overwrite: true)
        #expect(try plain.coldkeyEncryption() == .none)
        #expect(
            try plain.loadColdkey(passwords: NoPasswordSource()).ss58Address
                == "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")
    }

    @Test("coldkeypub.txt regenerates from an SS58 address or a public key")
    func regenerateColdkeypub() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path)
        let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        try wallet.regenerateColdkeypub(try PublicAccount(addressOrPublicKey: alice))
        #expect(try wallet.loadColdkeypub().ss58Address == alice)
        #expect(throws: WalletError.keyfileExists(path: wallet.coldkeypubPath)) {
            try wallet.regenerateColdkeypub(try PublicAccount(addressOrPublicKey: alice))
        }
        let bob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"
        try wallet.regenerateColdkeypub(try PublicAccount(addressOrPublicKey: bob), overwrite: true)
        #expect(try wallet.loadColdkeypub().ss58Address == "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")
        #expect(throws: WalletError.keyfileNotFound(path: wallet.coldkeyPath, key: "coldkey")) {
            try wallet.loadColdkey(passwords: NoPasswordSource())
        }
    }

    @Test("Wallets and hotkeys are listed by name; pub.txt companions and temporary files are hidden")
    func listing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try Wallet.walletNames(root: folder.path + "/absent") == [])
        for (name, hotkey) in [("b", "h2"), ("b", "h1"), ("a", "default"), ("b", "xpub.txt")] {
            try testWallet(name, hotkey: hotkey, root: folder.path).createHotkey()
        }
        FileManager.default.createFile(atPath: folder.path + "/stray-file", contents: Data())
        FileManager.default.createFile(atPath: folder.path + "/b/hotkeys/.h3.tmp", contents: Data())
        #expect(try Wallet.walletNames(root: folder.path) == ["a", "b"])
        #expect(try testWallet("b", root: folder.path).hotkeyNames() == ["h1", "h2", "xpub.txt"])
        #expect(try testWallet("a", root: folder.path).hotkeyNames() == ["default"])
        #expect(try testWallet("c", root: folder.path).hotkeyNames() == [])
    }
}
