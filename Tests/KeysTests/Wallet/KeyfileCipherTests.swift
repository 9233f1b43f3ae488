import Testing

@testable import Keys

@Suite("$NACL keyfile encryption")
struct KeyfileCipherTests {
    static let plaintext = Array(
        "{\"ss58Address\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}".utf8)

    @Test(
        "Round trip: \"$NACL\" ‖ nonce(24) ‖ secretbox, length 5 + 24 + 16 + plaintext, fresh nonce each time"
    )
    func roundTrip() throws {
        let first = try KeyfileCipher.encrypt(Self.plaintext, password: "pässwörd!", derivation: .testing)
        let second = try KeyfileCipher.encrypt(Self.plaintext, password: "pässwörd!", derivation: .testing)
        #expect(first.starts(with: Array("$NACL".utf8)))
        #expect(first.count == 5 + 24 + 16 + Self.plaintext.count)
        #expect(first[5..<29] != second[5..<29])
        #expect(KeyfileEncryption(detecting: first) == .nacl)
        #expect(
            try KeyfileCipher.decrypt(first, password: "pässwörd!", derivation: .testing) == Self.plaintext)
        #expect(
            try KeyfileCipher.decrypt(second, password: "pässwörd!", derivation: .testing) == Self.plaintext)
    }

    @Test("An empty password still encrypts and decrypts (Bittensor refuses it only when prompting)")
    func emptyPassword() throws {
        let sealed = try KeyfileCipher.encrypt(Self.plaintext, password: "", derivation: .testing)
        #expect(try KeyfileCipher.decrypt(sealed, password: "", derivation: .testing) == Self.plaintext)
    }

    /// Damaged ciphertexts and the error each must raise.
    static func damaged() throws -> [(String, [UInt8], String, KeyfileError)] {
        let sealed = try KeyfileCipher.encrypt(plaintext, password: "right-password", derivation: .testing)
        var flipped = sealed
        flipped[flipped.count - 1] ^= 0x01
        var nonceFlipped = sealed
        nonceFlipped[6] ^= 0x80
        return [
            ("wrong password", sealed, "wrong-password", .wrongPassword),
            ("tampered ciphertext", flipped, "right-password", .wrongPassword),
            ("tampered nonce", nonceFlipped, "right-password", .wrongPassword),
            ("cut in the body", Array(sealed.prefix(60)), "right-password", .wrongPassword),
            (
                "cut in the header", Array(sealed.prefix(44)), "right-password",
                .truncatedCiphertext(byteCount: 44)
            ),
            ("prefix only", Array("$NACL".utf8), "right-password", .truncatedCiphertext(byteCount: 5)),
            ("plaintext", plaintext, "right-password", .notEncrypted),
            (
                "ansible vault", Array("$ANSIBLE_VAULT;1.1;AES256\n6162".utf8), "x",
                .legacyEncryption(.ansibleVault)
            ),
            ("fernet", Array("gAAAAABk".utf8), "x", .legacyEncryption(.fernet)),
        ]
    }

    @Test("Wrong passwords, tampering, truncation and legacy formats raise typed errors")
    func failures() throws {
        for (label, bytes, password, expected) in try Self.damaged() {
            #expect(throws: expected, "\(label)") {
                try KeyfileCipher.decrypt(bytes, password: password, derivation: .testing)
            }
        }
    }

    @Test(
        "Formats are recognised by prefix",
        arguments: [
            ("$NACL…", KeyfileEncryption.nacl), ("$ANSIBLE_VAULT;1.1", .ansibleVault), ("gAAAAAB", .fernet),
            ("{\"a\":1}", .none), ("", .none), ("$NAC", .none),
        ])
    func detection(_ text: String, _ expected: KeyfileEncryption) {
        #expect(KeyfileEncryption(detecting: Array(text.utf8)) == expected)
    }

    @Test("Bittensor's fixed salt and sensitive Argon2i limits")
    func parameters() {
        #expect(
            KeyfileCipher.salt == Array("\u{13}q\u{83}".unicodeScalars.map { UInt8($0.value) }) + [
                0xDF, 0xF1, 0x5A, 0x09, 0xBC, 0x9C, 0x90, 0xB5, 0x51, 0x87, 0x39, 0xE9, 0xB1,
            ])
        #expect(KeyDerivation.bittensor.operations == 8)
        #expect(KeyDerivation.bittensor.memory == 512 * 1024 * 1024)
    }
}
