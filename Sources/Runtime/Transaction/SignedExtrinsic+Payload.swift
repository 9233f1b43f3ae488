extension SignedExtrinsic {
    /// The domain tag that opens every signing payload, so an extrinsic signature can never be taken
    /// for a signature of anything else a Yuma key signs.
    public static let signingDomain: [UInt8] = Array("yuma/extrinsic/v1".utf8)

    /// The bytes the signer's key signs:
    /// `compact(17) ‖ "yuma/extrinsic/v1" ‖ genesisHash (32) ‖ specVersion (u32 LE) ‖ keyType (u8) ‖ signer (32)
    /// ‖ nonce (u64 LE) ‖ tip (u64 LE) ‖ encoded call`.
    /// The genesis hash binds the signature to one chain, the spec version to one runtime, the nonce to
    /// one use.
    public func signingPayload(genesisHash: Hash256, specVersion: UInt32 = RuntimeVersion.current.specVersion)
        -> [UInt8]
    {
        Self.signingPayload(
            genesisHash: genesisHash, specVersion: specVersion, keyType: keyType, signer: signer,
            nonce: nonce,
            tip: tip, call: call)
    }

    /// The signing payload of an extrinsic not built yet: what a wallet signs before it assembles the
    /// ``SignedExtrinsic``.
    public static func signingPayload(
        genesisHash: Hash256, specVersion: UInt32 = RuntimeVersion.current.specVersion, keyType: KeyType,
        signer: AccountID, nonce: UInt64, tip: Rao, call: Call
    ) -> [UInt8] {
        var writer = ByteWriter(capacity: 160)
        writer.writeBytes(signingDomain)
        writer.encode(genesisHash)
        writer.write(specVersion)
        writer.encode(keyType)
        writer.encode(signer)
        writer.write(nonce)
        writer.write(tip)
        writer.encode(call)
        return writer.bytes
    }
}
