import Runtime

/// How a node runs: chain, storage, block production and RPC.
public struct NodeConfiguration: Sendable {
    /// The chain.
    public var chain: ChainSpec
    /// Directory holding the node's database.
    public var basePath: String
    /// When blocks are produced.
    public var blockTime: BlockTime
    /// RPC bind host.
    public var rpcHost: String
    /// RPC port (0 picks a free port).
    public var rpcPort: Int
    /// The account named as author of produced blocks.
    public var author: AccountID
    /// Most extrinsics in one block.
    public var maxExtrinsicsPerBlock: Int
    /// Transaction pool bounds.
    public var poolLimits: TransactionPoolLimits

    /// A configuration with the defaults of `yuma node`.
    public init(
        chain: ChainSpec, basePath: String, blockTime: BlockTime = .interval(.seconds(12)),
        rpcHost: String = "127.0.0.1", rpcPort: Int = 9944, author: AccountID = DevAccounts.alice,
        maxExtrinsicsPerBlock: Int = 10_000, poolLimits: TransactionPoolLimits = .standard
    ) {
        self.chain = chain
        self.basePath = basePath
        self.blockTime = blockTime
        self.rpcHost = rpcHost
        self.rpcPort = rpcPort
        self.author = author
        self.maxExtrinsicsPerBlock = maxExtrinsicsPerBlock
        self.poolLimits = poolLimits
    }

    /// The database file inside ``basePath``.
    public var databasePath: String { basePath + "/chain.sqlite" }
}

/// When a node seals blocks.
public enum BlockTime: Sendable, Equatable, CustomStringConvertible {
    /// One block every interval.
    case interval(Duration)
    /// Only when `engine_createBlock` asks.
    case manual

    /// `12s`, `250ms`, `1.5s` or `manual`.
    public init?(parsing text: String) {
        if text == "manual" {
            self = .manual
            return
        }
        let (digits, scale): (Substring, Double) =
            text.hasSuffix("ms")
            ? (text.dropLast(2), 1e-3) : text.hasSuffix("s") ? (text.dropLast(1), 1) : (Substring(text), 1)
        guard let value = Double(digits), value > 0, value <= 3_600 else { return nil }
        self = .interval(.milliseconds(Int64((value * scale * 1_000).rounded())))
    }

    /// The spelling `--block-time` accepts.
    public var description: String {
        switch self {
        case .manual: return "manual"
        case .interval(let duration):
            let ms =
                duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
            return ms % 1_000 == 0 ? "\(ms / 1_000)s" : "\(ms)ms"
        }
    }
}
