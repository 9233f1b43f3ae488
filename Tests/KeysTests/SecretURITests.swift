import Hashing
import Testing

@testable import Keys

@Suite("Secret URIs and derivation")
struct SecretURITests {
    @Test("keys and addresses match sp-core (bittensor-wallet)", arguments: OracleVectors.uris)
    func oracle(_ vector: URIVector) throws {
        let pair = try KeyPair(uri: vector.uri, scheme: vector.scheme)
        #expect(pair.publicKey.hexString == vector.publicKey)
        #expect(pair.ss58Address == vector.address)
    }

    @Test("a URI is parsed into phrase, junctions and password")
    func parse() throws {
        let uri = try SecretURI("hello world//hard/soft//1///my/pass word")
        #expect(uri.phrase == "hello world")
        #expect(uri.junctions.map(\.description) == ["//hard", "/soft", "//1"])
        #expect(uri.password == "my/pass word")
        #expect(try SecretURI("//Alice").phrase == SecretURI.devPhrase)
        #expect(try SecretURI("").junctions.isEmpty)
    }

    static let chainCodes: [(String, String)] = [
        ("1", "0100000000000000000000000000000000000000000000000000000000000000"),
        ("Alice", "14416c6963650000000000000000000000000000000000000000000000000000"),
    ]

    @Test("junction chain codes are SCALE-encoded and zero-padded", arguments: chainCodes)
    func chainCode(_ name: String, _ expected: String) {
        #expect(DeriveJunction(name: name, isHard: true).chainCode.hexString == expected)
    }

    @Test("a junction name longer than 32 encoded bytes is blake2b-256 hashed")
    func longJunction() {
        let name = String(repeating: "x", count: 40)
        let encoded = ScaleCompact.encode(40) + Array(name.utf8)
        #expect(DeriveJunction(name: name, isHard: false).chainCode == Blake2b.hash256(encoded))
    }

    @Test(
        "SCALE compact lengths",
        arguments: [(0, "00"), (63, "fc"), (64, "0101"), (16383, "fdff"), (16384, "02000100")])
    func compact(_ value: UInt64, _ expected: String) {
        #expect(ScaleCompact.encode(value).hexString == expected)
    }

    static let malformed: [(String, SecretURIError)] = [
        ("//", .emptyJunction(index: 0)),
        ("//Alice/", .emptyJunction(index: 7)),
        ("phrase-with-dash", .unexpectedCharacter("-", index: 6)),
        ("abandon é", .unexpectedCharacter("é", index: 8)),
        ("0x1234", .invalidHexSeed),
        ("0x" + String(repeating: "zz", count: 32), .invalidHexSeed),
        ("one two three", .invalidPhrase(.invalidWordCount(3))),
        (
            SecretURI.devPhrase.replacingOccurrences(of: "walk", with: "wakl") + "//a",
            .invalidPhrase(.unknownWord("wakl", position: 12))
        ),
    ]

    @Test("malformed URIs give typed errors", arguments: malformed)
    func invalid(_ uri: String, _ expected: SecretURIError) {
        #expect(throws: expected) { try KeyPair(uri: uri) }
    }

    @Test("ed25519 refuses soft junctions")
    func edSoft() {
        #expect(throws: SecretURIError.softJunctionNotSupported(scheme: .ed25519, junction: "/soft")) {
            try KeyPair(uri: "//Alice/soft", scheme: .ed25519)
        }
    }

    @Test("the seed survives hard derivation and is dropped by soft derivation")
    func seedTracking() throws {
        #expect(try KeyPair(uri: "//Alice").seed?.count == 32)
        #expect(try KeyPair(uri: "//Alice/soft").seed == nil)
        #expect(try KeyPair(uri: "//Alice", scheme: .ed25519).seed?.count == 32)
    }

    @Test("soft public derivation matches schnorrkel's derive_pubkey", arguments: OracleVectors.softPublic)
    func softPublic(_ vector: SoftPublicVector) throws {
        let junction = DeriveJunction(name: vector.junction, isHard: false)
        #expect(junction.chainCode.hexString == vector.chainCode)
        let derived = try KeyPair.softDerivedPublicKey(bytes(vector.publicKey), along: [junction])
        #expect(derived.hexString == vector.derived)
    }

    @Test("secret and public soft derivation agree, and the derived pair signs")
    func softAgree() throws {
        let parent = try KeyPair(uri: "//Alice")
        let path = [DeriveJunction(name: "a", isHard: false), DeriveJunction(name: "7", isHard: false)]
        let child = try parent.derived(along: path)
        #expect(try KeyPair.softDerivedPublicKey(parent.publicKey, along: path) == child.publicKey)
        let message = Array("child".utf8)
        #expect(child.verify(signature: child.sign(message), message: message))
    }

    @Test("public derivation refuses hard junctions and non-points")
    func publicDerivationErrors() {
        #expect(throws: KeyError.hardJunctionNeedsSecretKey(junction: "//x")) {
            try KeyPair.softDerivedPublicKey(
                [UInt8](repeating: 0, count: 32), along: [DeriveJunction(name: "x", isHard: true)])
        }
        #expect(throws: KeyError.invalidPublicKey) {
            try KeyPair.softDerivedPublicKey(
                [UInt8](repeating: 0xFF, count: 32), along: [DeriveJunction(name: "x", isHard: false)])
        }
    }

    @Test("seeds and private keys of the wrong size are refused")
    func keyErrors() {
        #expect(throws: KeyError.invalidSeedLength(31)) {
            try KeyPair(seed: [UInt8](repeating: 1, count: 31))
        }
        #expect(throws: KeyError.invalidPrivateKeyLength(64, scheme: .ed25519)) {
            try KeyPair(privateKey: [UInt8](repeating: 1, count: 64), scheme: .ed25519)
        }
        #expect(throws: KeyError.invalidPrivateKeyScalar) {
            try KeyPair(privateKey: [UInt8](repeating: 0xFF, count: 64), scheme: .sr25519)
        }
    }

    @Test("secrets never appear in descriptions")
    func hidden() throws {
        let uri = try SecretURI("//Alice///hunter2")
        let pair = try KeyPair(uri: uri)
        var dumped = ""
        dump(pair, to: &dumped)
        dump(uri, to: &dumped)
        let texts = [
            String(describing: pair), String(reflecting: pair), String(describing: uri),
            String(reflecting: uri),
            dumped,
        ]
        let secrets = [pair.privateKey.hexString, pair.seed?.hexString ?? "-", "hunter2", "bottom drive"]
        for text in texts {
            for secret in secrets {
                #expect(!text.contains(secret))
            }
        }
        #expect(String(describing: pair) == "KeyPair(sr25519, \(pair.ss58Address))")
    }
}
