/// How much the transaction pool holds, in total and per account.
public struct TransactionPoolLimits: Sendable, Hashable {
    /// Most extrinsics in the pool.
    public var maxCount: Int
    /// Most encoded bytes in the pool.
    public var maxBytes: Int
    /// Most extrinsics of one signer (ready and future together).
    public var maxCountPerAccount: Int
    /// Most encoded bytes of one signer.
    public var maxBytesPerAccount: Int
    /// How far past the account's next nonce a future extrinsic may be.
    public var maxNonceGap: UInt64

    /// Limits.
    public init(
        maxCount: Int = 8_192, maxBytes: Int = 16 << 20, maxCountPerAccount: Int = 64,
        maxBytesPerAccount: Int = 1 << 20, maxNonceGap: UInt64 = 64
    ) {
        self.maxCount = maxCount
        self.maxBytes = maxBytes
        self.maxCountPerAccount = maxCountPerAccount
        self.maxBytesPerAccount = maxBytesPerAccount
        self.maxNonceGap = maxNonceGap
    }

    /// The defaults: 8 192 extrinsics and 16 MiB in all, 64 extrinsics and 1 MiB per account.
    public static let standard = TransactionPoolLimits()
}
