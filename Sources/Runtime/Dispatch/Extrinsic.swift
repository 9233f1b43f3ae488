/// A signed request to the chain. Signature checking happens before the runtime (in the node); the
/// runtime sees who signed, the nonce, the tip and the call.
public struct Extrinsic: Sendable, Equatable {
    /// The signing account.
    public var signer: AccountID
    /// The signer's nonce; must equal the account's next nonce.
    public var nonce: UInt64
    /// Extra rao paid on top of the base fee, for priority.
    public var tip: Rao
    /// What to do.
    public var call: Call

    /// An extrinsic.
    public init(signer: AccountID, nonce: UInt64, tip: Rao = 0, call: Call) {
        self.signer = signer
        self.nonce = nonce
        self.tip = tip
        self.call = call
    }
}
