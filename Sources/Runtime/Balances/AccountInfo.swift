/// An account's free balance and the nonce of its next extrinsic.
public struct AccountInfo: Sendable, Equatable, Codable {
    /// Spendable rao.
    public var free: Rao
    /// Extrinsics this account has had applied.
    public var nonce: UInt64

    /// An account holding `free` rao.
    public init(free: Rao = 0, nonce: UInt64 = 0) {
        self.free = free
        self.nonce = nonce
    }
}
