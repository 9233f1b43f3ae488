import Foundation
import Testing

@testable import Keys

@Suite("Wallet error paths")
struct WalletErrorTests {
    /// A wallet whose files a case prepares, and the error loading must raise.
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// Writes the wallet's files; returns the expected error given the wallet.
        let prepare: @Sendable (Wallet) throws -> WalletError
        /// Loads the key under test.
        let load: @Sendable (Wallet) throws -> Void
    }

    static let password = "Right-pw-1"

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: KeyfileStorage.parentDirectory(of: path), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static let cases: [Case] = [
        Case(
            description: "missing coldkey",
            prepare: { .keyfileNotFound(path: $0.coldkeyPath, key: "coldkey") },
            load: { _ = try $0.loadColdkey(passwords: FixedPasswordSource(password)) }),
        Case(
            description: "missing hotkey",
            prepare: { .keyfileNotFound(path: $0.hotkeyPath, key: "hotkey 'default'") },
            load: { _ = try $0.loadHotkey() }),
        Case(
            description: "missing coldkeypub",
            prepare: { .keyfileNotFound(path: $0.coldkeypubPath, key: "coldkeypub.txt") },
            load: { _ = try $0.loadColdkeypub() }),
        Case(
            description: "wrong password",
            prepare: { wallet in
                try wallet.createColdkey(passwords: FixedPasswordSource(password))
                return .keyfile(path: wallet.coldkeyPath, .wrongPassword)
            },
            load: { _ = try $0.loadColdkey(passwords: FixedPasswordSource("Wrong-pw-1")) }),
        Case(
            description: "encrypted coldkey without a password source",
            prepare: { wallet in
                try wallet.createColdkey(passwords: FixedPasswordSource(password))
                return .password(path: wallet.coldkeyPath, .unavailable("coldkey"))
            },
            load: { _ = try $0.loadColdkey(passwords: NoPasswordSource()) }),
        Case(
            description: "encrypted hotkey loaded without passwords",
            prepare: { wallet in
                try wallet.createHotkey(passwords: FixedPasswordSource(password), encrypt: true)
                return .password(path: wallet.hotkeyPath, .unavailable("hotkey 'default'"))
            },
            load: { _ = try $0.loadHotkey() }),
        Case(
            description: "truncated $NACL coldkey",
            prepare: { wallet in
                try write("$NACL0123456789", to: wallet.coldkeyPath)
                return .keyfile(path: wallet.coldkeyPath, .truncatedCiphertext(byteCount: 15))
            },
            load: { _ = try $0.loadColdkey(passwords: FixedPasswordSource(password)) }),
        Case(
            description: "ansible-vault coldkey",
            prepare: { wallet in
                try write("$ANSIBLE_VAULT;1.1;AES256\n3132", to: wallet.coldkeyPath)
                return .keyfile(path: wallet.coldkeyPath, .legacyEncryption(.ansibleVault))
            },
            load: { _ = try $0.loadColdkey(passwords: FixedPasswordSource(password)) }),
        Case(
            description: "truncated hotkey JSON",
            prepare: { wallet in
                try write("{\"secretPhrase\":\"abandon", to: wallet.hotkeyPath)
                return .keyfile(path: wallet.hotkeyPath, .truncatedJSON(byteCount: 24))
            },
            load: { _ = try $0.loadHotkey() }),
        Case(
            description: "coldkey that holds only a public key",
            prepare: { wallet in
                try write(
                    "{\"ss58Address\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}",
                    to: wallet.coldkeyPath)
                return .keyfile(path: wallet.coldkeyPath, .publicKeyOnly)
            },
            load: { _ = try $0.loadColdkey(passwords: NoPasswordSource()) }),
        Case(
            description: "bare SS58 coldkeypub",
            prepare: { wallet in
                try write("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", to: wallet.coldkeypubPath)
                return .keyfile(path: wallet.coldkeypubPath, .bareAddress)
            },
            load: { _ = try $0.loadColdkeypub() }),
        Case(
            description: "password source that cannot confirm a new password",
            prepare: { .password(path: $0.coldkeyPath, .confirmationMismatch) },
            load: { wallet in
                let terminal = ScriptedTerminal(["Good-pw-1", "x", "Good-pw-1", "y", "Good-pw-1", "z"])
                try wallet.createColdkey(passwords: TerminalPasswordSource(terminal: terminal))
            }),
        Case(
            description: "invalid regeneration seed",
            prepare: { _ in .invalidKeySource("a seed must be 0x followed by 64 hex digits") },
            load: { wallet in
                try wallet.regenerateHotkey(from: KeySource(parsing: "0x1234"))
            }),
        Case(
            description: "invalid regeneration URI",
            prepare: { _ in
                .invalidKeySource(
                    "the secret URI is invalid (secret URI phrase is invalid: mnemonic has 1 words; expected 12, 15, 18, 21 or 24)"
                )
            },
            load: { wallet in try wallet.regenerateHotkey(from: .uri("nonsense//hard")) }),
    ]

    @Test("Every failure is a typed error naming the file", arguments: cases)
    func failure(_ testCase: Case) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path)
        let expected = try testCase.prepare(wallet)
        #expect(throws: expected) { try testCase.load(wallet) }
    }

    @Test("Failed creation leaves no coldkey behind")
    func nothingWrittenOnPasswordFailure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let wallet = try testWallet(root: folder.path)
        #expect(throws: WalletError.password(path: wallet.coldkeyPath, .unavailable("coldkey"))) {
            try wallet.create(passwords: NoPasswordSource())
        }
        #expect(!wallet.hasColdkey && !wallet.hasColdkeypub && !wallet.hasHotkey)
    }

    @Test("A file that cannot be written is reported with its path and the system's reason")
    func unwritable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.write("not a folder", to: folder.path + "/file")
        let wallet = try testWallet(root: folder.path + "/file")
        #expect {
            try wallet.createHotkey()
        } throws: { error in
            guard case .file(let failure) = error as? WalletError else { return false }
            return failure.path.hasPrefix(folder.path + "/file") && failure.description.contains("failed")
        }
    }

    @Test("Error messages say what to do next")
    func messages() {
        let errors: [WalletError] = [
            .keyfileNotFound(path: "/w/coldkey", key: "coldkey"), .keyfileExists(path: "/w/coldkey"),
            .invalidName("a/b", kind: "wallet"), .noHomeDirectory,
        ]
        #expect(errors[0].description.contains("create it with `wallet create` or regenerate it"))
        #expect(errors[1].description.contains("refusing to overwrite"))
        #expect(errors[2].description.contains("without '/'"))
        #expect(errors[3].description.contains("pass a wallet path"))
    }
}
