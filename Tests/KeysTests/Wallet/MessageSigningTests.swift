import Hashing
import Testing

@testable import Keys

@Suite("wallet sign / verify")
struct MessageSigningTests {
    @Test(
        "Sign prints 128 lowercase hex digits without 0x; verify accepts it with or without 0x",
        arguments: SignatureScheme.allCases)
    func roundTrip(_ scheme: SignatureScheme) throws {
        let pair = try KeyPair(uri: "//Alice", scheme: scheme)
        let signature = MessageSigning.sign("hello yuma", with: pair)
        #expect(signature.count == 128)
        #expect(signature == signature.lowercased() && !signature.hasPrefix("0x"))
        for text in [signature, "0x" + signature, " \(signature.uppercased())\n"] {
            #expect(
                try MessageSigning.verify(
                    "hello yuma", signature: text, signer: pair.ss58Address, scheme: scheme))
        }
        #expect(
            try MessageSigning.verify(
                "hello yuma", signature: signature, signer: "0x" + pair.publicKey.hexString, scheme: scheme))
        #expect(
            try !MessageSigning.verify(
                "hello yuma!", signature: signature, signer: pair.ss58Address, scheme: scheme))
        let bob = try KeyPair(uri: "//Bob", scheme: scheme)
        #expect(
            try !MessageSigning.verify(
                "hello yuma", signature: signature, signer: bob.ss58Address, scheme: scheme))
    }

    @Test("A signature of <Bytes>message</Bytes> verifies, as Bittensor accepts it")
    func bytesWrapper() throws {
        let pair = try KeyPair(uri: "//Alice")
        let wrapped = pair.sign(Array("<Bytes>hi</Bytes>".utf8)).hexString
        #expect(try MessageSigning.verify("hi", signature: wrapped, signer: pair.ss58Address))
    }

    /// Malformed inputs and their errors.
    static let malformed: [(String, String, MessageSigningError)] = [
        (
            "zz" + String(repeating: "00", count: 63), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
            .signatureNotHex
        ),
        (
            String(repeating: "00", count: 63), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",
            .invalidSignatureLength(63)
        ),
        (
            String(repeating: "00", count: 64), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ",
            .invalidSigner("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ")
        ),
        (String(repeating: "00", count: 64), "0x1234", .invalidSigner("0x1234")),
    ]

    @Test("Malformed signatures and signers raise typed errors", arguments: malformed)
    func errors(_ signature: String, _ signer: String, _ expected: MessageSigningError) {
        #expect(throws: expected) { try MessageSigning.verify("m", signature: signature, signer: signer) }
        #expect(expected.description.contains("signature") || expected.description.contains("address"))
    }
}
