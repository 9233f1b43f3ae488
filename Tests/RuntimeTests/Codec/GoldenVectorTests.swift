import Hashing
import Testing

@testable import Runtime

/// The worked example of the ExtrinsicFormat article, pinned byte for byte.
@Suite struct GoldenVectorTests {
    static let signer = AccountID(testSeed: 1)
    static let call = Call.balances(.transfer(destination: AccountID(testSeed: 2), amount: 1_000_000_000))
    static let extrinsic = SignedExtrinsic(
        signer: signer, keyType: .sr25519, signature: .empty, nonce: 0, tip: 0, call: call)

    @Test func callBytes() {
        #expect(
            Hex.encode(Self.call.encoded())
                == "0100" + String(repeating: "02", count: 32) + "00ca9a3b00000000")
    }

    @Test func extrinsicBytesAndHash() {
        let expected =
            "01" + String(repeating: "01", count: 32) + "00" + String(repeating: "00", count: 64)
            + String(repeating: "00", count: 16) + Hex.encode(Self.call.encoded())
        #expect(Hex.encode(Self.extrinsic.encoded()) == expected)
        #expect(
            Self.extrinsic.hash.description
                == "0x2c158500aa23ca45a20f6554feaf3e5cac9e07d8fc2e4a262998e9a2daec1769")
    }

    @Test func signingPayloadBytes() {
        let expected =
            "44" + Hex.encode(Array("yuma/extrinsic/v1".utf8)) + String(repeating: "00", count: 32)
            + "01000000"
            + "00" + String(repeating: "01", count: 32) + String(repeating: "00", count: 16)
            + Hex.encode(Self.call.encoded())
        #expect(Hex.encode(Self.extrinsic.signingPayload(genesisHash: .zero, specVersion: 1)) == expected)
    }

    @Test func rootAndHeaderHash() {
        let root = ExtrinsicsRoot.compute([Self.extrinsic.hash])
        #expect(root.description == "0xb21d6e9fd68d9d1e402a76b2595249160b321fa503f80f4ca47d098cda6b7154")
        let header = BlockHeader(
            number: 1, parentHash: .zero, stateRoot: .zero, extrinsicsRoot: root, timestamp: 12_000,
            author: Self.signer)
        #expect(
            header.hash.description == "0x39593afc79d9400570261527695ee566fcfbab903fba71adad10e7dbb840acba")
    }
}
