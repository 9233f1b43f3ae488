/// Where a submitted extrinsic landed: what ``ChainClient/submitAndWait(_:timeout:)`` returns.
public struct ExtrinsicInclusion: Sendable, Equatable {
    /// The extrinsic's hash, `0x` hex.
    public var hash: String
    /// The hash of the block that includes it.
    public var blockHash: String
    /// The number of that block.
    public var blockNumber: UInt64
    /// Its position in the block.
    public var index: UInt32
    /// Whether its call succeeded; a failed call still paid its fee and used its nonce.
    public var succeeded: Bool

    /// An inclusion.
    public init(hash: String, blockHash: String, blockNumber: UInt64, index: UInt32, succeeded: Bool) {
        self.hash = hash
        self.blockHash = blockHash
        self.blockNumber = blockNumber
        self.index = index
        self.succeeded = succeeded
    }
}
