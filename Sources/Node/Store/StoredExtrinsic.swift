/// A signed extrinsic as included in a block, with the outcome of its dispatch.
public struct StoredExtrinsic: Sendable, Equatable {
    /// The position of the extrinsic in its block, from 0.
    public var index: UInt32
    /// The 32-byte extrinsic hash.
    public var hash: [UInt8]
    /// The encoded signed extrinsic, returned verbatim.
    public var encoded: [UInt8]
    /// The 32-byte public key of the signer.
    public var signer: [UInt8]
    /// The signer's nonce carried by the extrinsic.
    public var nonce: UInt64
    /// Whether the call succeeded (a failed call still paid its fee and used its nonce).
    public var succeeded: Bool
    /// The pallet and call name, for example `balances.transfer`.
    public var callName: String

    /// An extrinsic record from its fields.
    public init(
        index: UInt32, hash: [UInt8], encoded: [UInt8], signer: [UInt8], nonce: UInt64, succeeded: Bool,
        callName: String
    ) {
        self.index = index
        self.hash = hash
        self.encoded = encoded
        self.signer = signer
        self.nonce = nonce
        self.succeeded = succeeded
        self.callName = callName
    }
}

/// An extrinsic found by hash, with the number of the block that includes it.
public struct LocatedExtrinsic: Sendable, Equatable {
    /// The number of the block that includes the extrinsic.
    public var blockNumber: UInt64
    /// The extrinsic record (its `index` is its position in that block).
    public var extrinsic: StoredExtrinsic

    /// A located extrinsic from its block number and record.
    public init(blockNumber: UInt64, extrinsic: StoredExtrinsic) {
        self.blockNumber = blockNumber
        self.extrinsic = extrinsic
    }
}
