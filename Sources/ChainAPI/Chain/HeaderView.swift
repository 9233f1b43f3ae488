/// A block header as the RPC API shows it: hashes as `0x` hex, the author as SS58.
public struct HeaderView: Sendable, Codable, Equatable {
    /// Block number.
    public var number: UInt64
    /// Block hash.
    public var hash: String
    /// Parent block hash.
    public var parentHash: String
    /// State root after the block.
    public var stateRoot: String
    /// Merkle root of the block's extrinsic hashes.
    public var extrinsicsRoot: String
    /// Seal time, milliseconds since the Unix epoch.
    public var timestamp: UInt64
    /// The producing account.
    public var author: String

    /// A header view.
    public init(
        number: UInt64, hash: String, parentHash: String, stateRoot: String, extrinsicsRoot: String,
        timestamp: UInt64, author: String
    ) {
        self.number = number
        self.hash = hash
        self.parentHash = parentHash
        self.stateRoot = stateRoot
        self.extrinsicsRoot = extrinsicsRoot
        self.timestamp = timestamp
        self.author = author
    }
}

/// `chain_getBlock`'s answer: `{"block": {"header": …, "extrinsics": […]}}`.
public struct SignedBlockView: Sendable, Codable, Equatable {
    /// The block.
    public var block: BlockView

    /// A view.
    public init(block: BlockView) { self.block = block }
}

/// A block: header and extrinsics (hex encodings, with decoded summaries).
public struct BlockView: Sendable, Codable, Equatable {
    /// The header.
    public var header: HeaderView
    /// Each extrinsic's encoding, `0x` hex, in block order.
    public var extrinsics: [String]
    /// Each extrinsic decoded: hash, signer, nonce, call name and whether its call succeeded.
    public var details: [ExtrinsicView]

    /// A view.
    public init(header: HeaderView, extrinsics: [String], details: [ExtrinsicView]) {
        self.header = header
        self.extrinsics = extrinsics
        self.details = details
    }
}

/// One stored extrinsic.
public struct ExtrinsicView: Sendable, Codable, Equatable {
    /// Blake2b-256 of its encoding.
    public var hash: String
    /// Block that includes it.
    public var blockNumber: UInt64
    /// Position in the block.
    public var index: UInt32
    /// Signer, SS58.
    public var signer: String
    /// Signer's nonce.
    public var nonce: UInt64
    /// `pallet.call`.
    public var call: String
    /// Whether the call succeeded (a failed call still paid its fee).
    public var succeeded: Bool

    /// A view.
    public init(
        hash: String, blockNumber: UInt64, index: UInt32, signer: String, nonce: UInt64, call: String,
        succeeded: Bool
    ) {
        self.hash = hash
        self.blockNumber = blockNumber
        self.index = index
        self.signer = signer
        self.nonce = nonce
        self.call = call
        self.succeeded = succeeded
    }
}

/// One event of a block.
public struct EventView: Sendable, Codable, Equatable {
    /// Position in the block's events.
    public var index: UInt32
    /// The extrinsic that emitted it (`nil`: block initialization).
    public var extrinsicIndex: UInt32?
    /// `pallet.EventName`.
    public var name: String
    /// The event's fields.
    public var fields: JSONValue

    /// A view.
    public init(index: UInt32, extrinsicIndex: UInt32?, name: String, fields: JSONValue) {
        self.index = index
        self.extrinsicIndex = extrinsicIndex
        self.name = name
        self.fields = fields
    }
}

/// `system_health`.
public struct HealthView: Sendable, Codable, Equatable {
    /// Connected peers (a single node has none).
    public var peers: Int
    /// Whether the node is catching up.
    public var isSyncing: Bool
    /// Whether the node expects peers.
    public var shouldHavePeers: Bool

    /// A view.
    public init(peers: Int, isSyncing: Bool, shouldHavePeers: Bool) {
        self.peers = peers
        self.isSyncing = isSyncing
        self.shouldHavePeers = shouldHavePeers
    }
}

/// An account's free balance and nonce.
public struct AccountView: Sendable, Codable, Equatable {
    /// SS58 address.
    public var address: String
    /// Next nonce.
    public var nonce: UInt64
    /// Free balance, rao.
    public var free: UInt64
    /// Stake held by this coldkey on all hotkeys, rao.
    public var staked: UInt64

    /// A view.
    public init(address: String, nonce: UInt64, free: UInt64, staked: UInt64) {
        self.address = address
        self.nonce = nonce
        self.free = free
        self.staked = staked
    }
}

/// Chain-wide totals.
public struct TotalsView: Sendable, Codable, Equatable {
    /// Block the totals are at.
    public var block: UInt64
    /// All rao in existence.
    public var totalIssuance: UInt64
    /// All staked rao.
    public var totalStake: UInt64
    /// Rao taken out of issuance (fees, burns, dust).
    public var totalRecycled: UInt64
    /// Number of subnets.
    public var subnets: Int

    /// A view.
    public init(block: UInt64, totalIssuance: UInt64, totalStake: UInt64, totalRecycled: UInt64, subnets: Int)
    {
        self.block = block
        self.totalIssuance = totalIssuance
        self.totalStake = totalStake
        self.totalRecycled = totalRecycled
        self.subnets = subnets
    }
}
