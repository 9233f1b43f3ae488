/// What `yuma node bench` measured.
public struct NodeBenchmarkReport: Sendable, Codable, Equatable {
    /// Signed-transfer throughput, if measured.
    public var transfers: TransferBenchmarkResult?
    /// `yuma_metagraph` latency on a full subnet, if measured.
    public var metagraph: MetagraphBenchmarkResult?
    /// New-heads fan-out, if measured.
    public var newHeads: NewHeadsBenchmarkResult?

    /// A report.
    public init(
        transfers: TransferBenchmarkResult? = nil, metagraph: MetagraphBenchmarkResult? = nil,
        newHeads: NewHeadsBenchmarkResult? = nil
    ) {
        self.transfers = transfers
        self.metagraph = metagraph
        self.newHeads = newHeads
    }
}

/// Signed transfers submitted over WebSocket to an in-process node.
public struct TransferBenchmarkResult: Sendable, Codable, Equatable {
    /// Seconds the submitters ran.
    public var seconds: Double
    /// Block time of the node, in milliseconds.
    public var blockTimeMilliseconds: Int
    /// WebSocket connections and concurrent submitters over them.
    public var connections: Int
    /// Concurrent submissions in flight.
    public var submitters: Int
    /// Distinct signing accounts.
    public var accounts: Int
    /// Seconds spent signing the extrinsics before the run (on all cores, not counted in the rates).
    public var signingSeconds: Double
    /// Submissions the node admitted to its pool.
    public var admitted: Int
    /// Submissions the node refused.
    public var refused: Int
    /// Extrinsics included in blocks during the run.
    public var included: Int
    /// Admitted per second.
    public var admittedPerSecond: Double
    /// Included per second.
    public var includedPerSecond: Double
    /// Included per second in the slowest whole second of the run.
    public var slowestSecondIncluded: Int
    /// Blocks sealed during the run.
    public var blocks: Int
    /// Latency of `author_submitExtrinsic` round trips.
    public var submitLatency: LatencySummary
}

/// `yuma_metagraph` over HTTP on a full subnet.
public struct MetagraphBenchmarkResult: Sendable, Codable, Equatable {
    /// UIDs in the subnet.
    public var uids: Int
    /// Concurrent clients.
    public var clients: Int
    /// Seconds spent building the subnet through the runtime.
    public var setupSeconds: Double
    /// Query round trips, including the client's JSON parsing.
    public var latency: LatencySummary
}

/// WebSocket `chain_subscribeNewHeads` subscribers on one node.
public struct NewHeadsBenchmarkResult: Sendable, Codable, Equatable {
    /// Subscribers connected.
    public var subscribers: Int
    /// Blocks sealed while they listened.
    public var blocks: Int
    /// Subscribers that received every head from their first to the last block.
    public var complete: Int
    /// Heads missed, summed over subscribers.
    public var missedHeads: Int
    /// Delay from sealing to the last subscriber's receipt of a head.
    public var delivery: LatencySummary
}
