import Hashing
import Testing

@testable import Keys

@Suite("Keyfile JSON")
struct KeyfileDataTests {
    static let abandon =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"

    @Test("A mnemonic key writes every field, in a fixed order, matching protocol.md §1.7")
    func writesFullKeyfile() throws {
        let mnemonic = try Mnemonic(phrase: Self.abandon)
        let data = KeyfileData(keyPair: KeyPair(mnemonic: mnemonic), mnemonic: mnemonic)
        let text = String(decoding: data.jsonBytes(), as: UTF8.self)
        let pub = "0x66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972"
        let expected =
            "{\"accountId\":\"\(pub)\",\"publicKey\":\"\(pub)\",\"privateKey\":\"0x2ec306fc1c5bc2f0e3a2c7a6ec6014ca"
            + "4a0823a7d7d42ad5e9d7f376a1c36c0d14a2ddb1ef1df4adba49f3a4d8c0f6205117907265f09a53ccf07a4e8616dfd8\","
            + "\"secretPhrase\":\"\(Self.abandon)\",\"secretSeed\":\"0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d3"
            + "41bd0276f1b61197e2\",\"ss58Address\":\"5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH\"}"
        #expect(text == expected)
        let back = try KeyfileData(jsonBytes: data.jsonBytes())
        #expect(back == data)
    }

    @Test("ed25519 files carry cryptoType 0 and read back as ed25519")
    func ed25519CryptoType() throws {
        let pair = KeyPair(mnemonic: try Mnemonic(phrase: Self.abandon), scheme: .ed25519)
        let bytes = KeyfileData(keyPair: pair).jsonBytes()
        #expect(String(decoding: bytes, as: UTF8.self).hasSuffix(",\"cryptoType\":0}"))
        let key = try KeyfileData(jsonBytes: bytes).key()
        #expect(key.publicAccount == PublicAccount(pair))
        #expect(try key.keyPair().ss58Address == "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6")
    }

    @Test("Public files hold publicKey, accountId and ss58Address only")
    func publicFile() throws {
        let account = try PublicAccount(ss58Address: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        let data = KeyfileData(publicAccount: account)
        #expect(!data.hasSecret)
        guard case .publicOnly(let read) = try KeyfileData(jsonBytes: data.jsonBytes()).key() else {
            Issue.record("a public file must read as public only")
            return
        }
        #expect(read == account)
    }

    /// Inputs every Bittensor writer has produced, and the address each must yield.
    static let readable: [(String, String)] = [
        (
            "{\"accountId\": \"0x66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972\", \"privateKey\": null, "
                + "\"secretPhrase\": \"\(abandon)\", \"secretSeed\": null, \"ss58Address\": null, \"extra\": [1, {\"a\": true}]}",
            "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH"
        ),
        (
            "{\"secretSeed\":\"0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2\",\"cryptoType\":\"1\"}",
            "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH"
        ),
        (
            "{\"privateKey\":\"2ec306fc1c5bc2f0e3a2c7a6ec6014ca4a0823a7d7d42ad5e9d7f376a1c36c0d14a2ddb1ef1df4adba49f3a4d8c0f6"
                + "205117907265f09a53ccf07a4e8616dfd8\",\"cryptoType\":1}",
            "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH"
        ),
        (
            "{\"secretSeed\":\"0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2\",\"cryptoType\":0}",
            "5FM25N8HGtacre9TnWQGRK32d1kUp1Gs6Dd7YiYpSPZLjmj6"
        ),
        (
            " \n{\"ss58Address\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\",\"secretPhrase\":\"\"}\n",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        ),
        (
            "{\"publicKey\":\"0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\"}",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        ),
        (
            "{\"secretSeed\":\"0x\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011"
                + "\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011"
                + "\\u0011\\u0011\\u0011\\u0011\\u0011\\u0011\"}",
            "5DtDLm5rQHShDqojQpsvcN8tRXHVFaecfDoRet1SU6BFD9Fi"
        ),
    ]

    @Test(
        "Reads every writer's form: spacing, nulls, unknown keys, cryptoType as number or string",
        arguments: readable)
    func reads(_ json: String, _ address: String) throws {
        let key = try KeyfileData(jsonBytes: Array(json.utf8)).key()
        #expect(key.publicAccount.ss58Address == address)
    }

    /// Malformed inputs and the error each must raise.
    static let broken: [(String, [UInt8], KeyfileError)] = [
        ("empty", [], .empty),
        ("whitespace only", Array("  \n".utf8), .empty),
        ("not UTF-8", [0x7B, 0xFF, 0xFE, 0x7D], .notUTF8),
        ("truncated", Array("{\"secretPhrase\":\"abandon aban".utf8), .truncatedJSON(byteCount: 29)),
        ("truncated after a comma", Array("{\"a\":null,".utf8), .truncatedJSON(byteCount: 10)),
        (
            "trailing garbage", Array("{}x".utf8),
            .invalidJSON(offset: 2, reason: "unexpected text after the value")
        ),
        ("bad literal", Array("{\"a\":nul}".utf8), .invalidJSON(offset: 8, reason: "invalid literal")),
        ("missing colon", Array("{\"a\" 1}".utf8), .invalidJSON(offset: 5, reason: "expected ':'")),
        ("bare address", Array("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n".utf8), .bareAddress),
        ("array", Array("[1,2]".utf8), .notAnObject),
        (
            "number field", Array("{\"secretPhrase\":12}".utf8),
            .invalidField("secretPhrase", reason: "must be a string or null")
        ),
        (
            "public key not hex", Array("{\"publicKey\":\"0xzz\"}".utf8),
            .invalidField("publicKey", reason: "is not hex")
        ),
        (
            "public key short", Array("{\"publicKey\":\"0x0102\"}".utf8),
            .invalidField("publicKey", reason: "is 2 bytes; expected 32")
        ),
        (
            "accountId differs",
            Array(
                ("{\"publicKey\":\"0x" + String(repeating: "11", count: 32) + "\",\"accountId\":\"0x"
                    + String(repeating: "22", count: 32) + "\"}").utf8),
            .invalidField("accountId", reason: "differs from publicKey")
        ),
        (
            "seed short", Array("{\"secretSeed\":\"0x0102\"}".utf8),
            .invalidField("secretSeed", reason: "is 2 bytes; expected 32")
        ),
        (
            "seed garbage", Array("{\"secretSeed\":\"nonsense\"}".utf8),
            .invalidField("secretSeed", reason: "is not 0x followed by 64 hex digits")
        ),
        ("cryptoType 2", Array("{\"cryptoType\":2}".utf8), .unsupportedCryptoType("2")),
        ("cryptoType text", Array("{\"cryptoType\":\"sr\"}".utf8), .unsupportedCryptoType("sr")),
        ("nothing", Array("{\"name\":\"x\"}".utf8), .noKeyMaterial),
        ("all null", Array("{\"secretPhrase\":null,\"ss58Address\":null}".utf8), .noKeyMaterial),
    ]

    @Test("Malformed keyfiles raise a typed error naming the problem", arguments: broken)
    func rejects(_ label: String, _ bytes: [UInt8], _ expected: KeyfileError) {
        #expect(throws: expected, "\(label)") { try KeyfileData(jsonBytes: bytes).key() }
    }

    /// Files whose fields parse but do not make the key they claim.
    static let inconsistent: [(String, KeyfileError)] = [
        (
            "{\"secretPhrase\":\"\(abandon)\",\"ss58Address\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\"}",
            .keyMismatch(field: "ss58Address")
        ),
        (
            "{\"secretPhrase\":\"\(abandon)\",\"publicKey\":\"0x" + String(repeating: "00", count: 32)
                + "\"}",
            .keyMismatch(field: "publicKey")
        ),
        (
            "{\"secretPhrase\":\"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon xylophone\"}",
            .invalidField(
                "secretPhrase",
                reason: "is not a BIP39 mnemonic (word 12 is not in the BIP39 English wordlist)")
        ),
        (
            "{\"secretPhrase\":\"abandon abandon abandon\"}",
            .invalidField(
                "secretPhrase",
                reason: "is not a BIP39 mnemonic (mnemonic has 3 words; expected 12, 15, 18, 21 or 24)")
        ),
        (
            "{\"privateKey\":\"0x0102\"}",
            .invalidField(
                "privateKey", reason: "is not a private key (sr25519 private key must be 64 bytes, got 2)")
        ),
        (
            "{\"ss58Address\":\"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ\"}",
            .invalidField(
                "ss58Address",
                reason:
                    "is not a valid SS58 address (SS58 address checksum does not match; check the address for typos)"
            )
        ),
    ]

    @Test("A secret that does not match the stored public fields is refused", arguments: inconsistent)
    func mismatch(_ json: String, _ expected: KeyfileError) {
        #expect(throws: expected) { try KeyfileData(jsonBytes: Array(json.utf8)).key() }
    }

    @Test("Descriptions never show secrets")
    func redaction() throws {
        let mnemonic = try Mnemonic(phrase: Self.abandon)
        let data = KeyfileData(keyPair: KeyPair(mnemonic: mnemonic), mnemonic: mnemonic)
        let key = try data.key()
        var dumped = ""
        dump(data, to: &dumped)
        for text in [
            data.description, data.debugDescription, dumped, key.description,
            "\(KeySource.mnemonic(mnemonic))",
        ] {
            #expect(!text.contains("abandon"))
            #expect(!text.contains("2ec306fc"))
            #expect(!text.contains("4ed8d4b1"))
        }
    }

    @Test("Every error message says what to do next")
    func messages() {
        for (_, _, error) in Self.broken {
            #expect(error.description.contains("regen") || error.description.contains("supported"))
        }
        #expect(
            KeyfileError.legacyEncryption(.ansibleVault).description.contains(
                "this keyfile uses the legacy ansible-vault format, which Yuma cannot decrypt"))
        #expect(KeyfileError.legacyEncryption(.fernet).description.contains("legacy fernet format"))
    }
}
