import Hashing
import Testing

@testable import Runtime

/// Signed extrinsics: layout, round trips, the signing payload and the hash.
@Suite struct SignedExtrinsicTests {
    static let alice = AccountID(testSeed: 1)
    static let genesis = Hash256(words: (1, 2, 3, 4))
    static let signature = (try? ExtrinsicSignature(bytes: (0..<64).map { UInt8($0) })) ?? .empty

    static func signed(_ call: Call, nonce: UInt64 = 5, tip: Rao = 7, keyType: KeyType = .sr25519)
        -> SignedExtrinsic
    {
        SignedExtrinsic(
            signer: alice, keyType: keyType, signature: signature, nonce: nonce, tip: tip, call: call)
    }

    @Test(arguments: CallCodecTests.calls.map(\.0))
    func everyCallRoundTripsSigned(call: Call) throws {
        try CodecCase("\(call)", Self.signed(call)).checkAll()
        try CodecCase("ed25519 \(call)", Self.signed(call, keyType: .ed25519)).checkAll()
    }

    @Test func layoutIsVersionSignerKeyTypeSignatureNonceTipCall() {
        let call = Call.emission(.resetEmissionValues)
        let bytes = Self.signed(call).encoded()
        var expected: [UInt8] = [1] + Array(repeating: 1, count: 32) + [0] + (0..<64).map { UInt8($0) }
        expected += [5, 0, 0, 0, 0, 0, 0, 0] + [7, 0, 0, 0, 0, 0, 0, 0] + [8, 1]
        #expect(bytes == expected)
        #expect(bytes.count == SignedExtrinsic.minimumEncodedSize)
    }

    @Test func unknownFormatVersionAndKeyTypeAreRefused() {
        var bytes = Self.signed(.emission(.resetEmissionValues)).encoded()
        bytes[0] = 2
        #expect(throws: CodecError(.unknownVariant(index: 2), reading: "SignedExtrinsic", at: 0)) {
            try SignedExtrinsic(decoding: bytes)
        }
        bytes[0] = 1
        bytes[33] = 2
        #expect(
            throws: CodecError(.unknownVariant(index: 2), reading: "KeyType", at: 33, path: ["keyType"])
        ) {
            try SignedExtrinsic(decoding: bytes)
        }
    }

    @Test func signingPayloadHasTheDocumentedLayout() {
        let call = Call.balances(.transfer(destination: AccountID(testSeed: 2), amount: 3))
        let payload = Self.signed(call).signingPayload(genesisHash: Self.genesis, specVersion: 9)
        var expected: [UInt8] = [17 << 2] + Array("yuma/extrinsic/v1".utf8)
        expected += Self.genesis.bytes + [9, 0, 0, 0] + [0] + Array(repeating: 1, count: 32)
        expected += [5, 0, 0, 0, 0, 0, 0, 0] + [7, 0, 0, 0, 0, 0, 0, 0] + call.encoded()
        #expect(payload == expected)
        #expect(
            payload
                == SignedExtrinsic.signingPayload(
                    genesisHash: Self.genesis, specVersion: 9, keyType: .sr25519, signer: Self.alice,
                    nonce: 5,
                    tip: 7, call: call))
    }

    @Test func payloadDefaultsToTheCurrentRuntimeVersion() {
        #expect(RuntimeVersion.current == RuntimeVersion(specName: "yuma", specVersion: 1))
        let extrinsic = Self.signed(.sudo(.setKey(Self.alice)))
        #expect(
            extrinsic.signingPayload(genesisHash: Self.genesis)
                == extrinsic.signingPayload(genesisHash: Self.genesis, specVersion: 1))
    }

    /// Every ingredient of the payload changes it.
    @Test func payloadCommitsToChainVersionNonceTipCallSignerAndKeyType() {
        let base = Self.signed(.sudo(.setKey(Self.alice)))
        let payload = base.signingPayload(genesisHash: Self.genesis, specVersion: 1)
        var variants = [
            base.signingPayload(genesisHash: .zero, specVersion: 1),
            base.signingPayload(genesisHash: Self.genesis, specVersion: 2),
        ]
        var changed = base
        changed.nonce += 1
        variants.append(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1))
        changed = base
        changed.tip += 1
        variants.append(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1))
        changed = base
        changed.call = .sudo(.setKey(AccountID(testSeed: 3)))
        variants.append(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1))
        changed = base
        changed.signer = AccountID(testSeed: 3)
        variants.append(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1))
        changed = base
        changed.keyType = .ed25519
        variants.append(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1))
        // The signature itself is not part of what is signed.
        changed = base
        changed.signature = .empty
        #expect(changed.signingPayload(genesisHash: Self.genesis, specVersion: 1) == payload)
        for variant in variants { #expect(variant != payload) }
    }

    @Test func hashIsBlake2b256OfTheEncoding() throws {
        let extrinsic = Self.signed(.staking(.addStake(hotkey: Self.alice, amount: 1)))
        #expect(extrinsic.hash.bytes == Blake2b.hash256(extrinsic.encoded()))
        var resigned = extrinsic
        resigned.signature = .empty
        #expect(resigned.hash != extrinsic.hash)
    }

    @Test func convertsToTheRuntimeExtrinsic() {
        let call = Call.weights(.setWeights(netuid: 1, uids: [0], values: [1], versionKey: 0))
        #expect(Self.signed(call).extrinsic == Extrinsic(signer: Self.alice, nonce: 5, tip: 7, call: call))
    }

    @Test func signatureMustBe64Bytes() {
        #expect(throws: ExtrinsicSignatureError.wrongLength(63)) {
            try ExtrinsicSignature(bytes: [UInt8](repeating: 0, count: 63))
        }
    }
}
