import Keys
import Runtime

/// Builds ``SignedExtrinsic``s for one chain: the signature covers the chain's genesis hash and runtime
/// spec version, so an extrinsic signed here is refused by any other chain or runtime version.
///
/// ```swift
/// let alice = try KeyPair(uri: "//Alice")
/// let signer = ExtrinsicSigner(genesisHash: genesis)
/// let extrinsic = signer.sign(.balances(.transfer(destination: bob, amount: 1_000)), with: alice, nonce: 0)
/// ```
/// Pure and cheap: no I/O, so benchmarks and tests can sign thousands of extrinsics offline.
public struct ExtrinsicSigner: Sendable, Equatable {
    /// Hash of block 0 of the chain the extrinsics are for.
    public let genesisHash: Hash256
    /// The runtime spec version the signatures commit to.
    public let specVersion: UInt32

    /// A signer for the chain with `genesisHash`, for runtime `specVersion` (the current one by default).
    public init(genesisHash: Hash256, specVersion: UInt32 = RuntimeVersion.current.specVersion) {
        self.genesisHash = genesisHash
        self.specVersion = specVersion
    }

    /// A signer for the chain whose genesis hash is `hex` (`0x` and 64 hex digits, as `chain_getGenesisHash`
    /// answers).
    public init(genesisHashHex hex: String, specVersion: UInt32 = RuntimeVersion.current.specVersion)
        throws(ExtrinsicSignerError)
    {
        do {
            self.init(genesisHash: try Hash256(hex: hex), specVersion: specVersion)
        } catch {
            throw .invalidGenesisHash(hex)
        }
    }

    /// Signs `call` from `keyPair`'s account with `nonce` and `tip` (rao on top of the base fee).
    public func sign(_ call: Call, with keyPair: KeyPair, nonce: UInt64, tip: Rao = 0) -> SignedExtrinsic {
        var random = SystemRandomNumberGenerator()
        return sign(call, with: keyPair, nonce: nonce, tip: tip, using: &random)
    }

    /// Signs like ``sign(_:with:nonce:tip:)``, drawing sr25519's nonce randomness from `random`
    /// (ed25519 is deterministic and ignores it).
    public func sign(
        _ call: Call, with keyPair: KeyPair, nonce: UInt64, tip: Rao = 0,
        using random: inout some RandomNumberGenerator
    ) -> SignedExtrinsic {
        let signer = keyPair.accountID
        let keyType = keyPair.keyType
        let payload = SignedExtrinsic.signingPayload(
            genesisHash: genesisHash, specVersion: specVersion, keyType: keyType, signer: signer, nonce: nonce,
            tip: tip, call: call)
        let signatureBytes = keyPair.sign(payload, using: &random)
        // A key pair always signs exactly 64 bytes; `.empty` is unreachable and would fail verification.
        let signature = (try? ExtrinsicSignature(bytes: signatureBytes)) ?? .empty
        return SignedExtrinsic(
            signer: signer, keyType: keyType, signature: signature, nonce: nonce, tip: tip, call: call)
    }

    /// Whether `extrinsic`'s signature verifies for this chain and runtime version.
    public func verify(_ extrinsic: SignedExtrinsic) -> Bool {
        let payload = extrinsic.signingPayload(genesisHash: genesisHash, specVersion: specVersion)
        return KeyPair.verify(
            signature: extrinsic.signature.bytes, message: payload, publicKey: extrinsic.signer.bytes,
            scheme: extrinsic.keyType.signatureScheme)
    }
}
