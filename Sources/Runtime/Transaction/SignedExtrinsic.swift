/// An extrinsic as it travels and is stored: the signer's key, its signature over the signing payload,
/// nonce, tip and call. The node verifies the signature (with the Keys module) before the pool admits it;
/// the runtime then sees the plain ``Extrinsic``.
public struct SignedExtrinsic: Sendable, Equatable {
    /// The signing account (its public key).
    public var signer: AccountID
    /// The signer's signature scheme.
    public var keyType: KeyType
    /// The signature over ``signingPayload(genesisHash:specVersion:)``.
    public var signature: ExtrinsicSignature
    /// The signer's nonce; must equal the account's next nonce.
    public var nonce: UInt64
    /// Extra rao paid on top of the base fee, for priority.
    public var tip: Rao
    /// What to do.
    public var call: Call

    /// A signed extrinsic.
    public init(
        signer: AccountID, keyType: KeyType = .sr25519, signature: ExtrinsicSignature, nonce: UInt64,
        tip: Rao = 0, call: Call
    ) {
        self.signer = signer
        self.keyType = keyType
        self.signature = signature
        self.nonce = nonce
        self.tip = tip
        self.call = call
    }

    /// What the runtime applies: signer, nonce, tip and call.
    public var extrinsic: Extrinsic {
        Extrinsic(signer: signer, nonce: nonce, tip: tip, call: call)
    }

    /// Blake2b-256 of the encoding: the extrinsic's identity in the pool, in blocks and over RPC.
    public var hash: Hash256 { Hash256(blake2b256: encoded(capacity: 256)) }
}
