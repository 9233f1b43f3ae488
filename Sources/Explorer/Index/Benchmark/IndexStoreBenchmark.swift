import ChainAPI

/// Measures an ``IndexStore``: how fast it writes synthetic blocks in batches, and how long the home
/// page's reads take. The body of a benchmark command; figures are for notes, never for tests.
public enum IndexStoreBenchmark {
    /// Writes `blocks` synthetic blocks (0 to 4 extrinsics and 1 to 9 events each, a registration
    /// every third block) after the store's last block in batches of `batchSize`, a Roundup sample
    /// every `sampleEvery` blocks (each batch's samples in one transaction, as catch-up writes them)
    /// and the two subnets' latest metagraphs at the end, then times `rounds` of each home-page read.
    public static func run(
        store: any IndexStore, blocks: Int, batchSize: Int = 100, sampleEvery: Int = 10, rounds: Int = 200
    ) async throws(IndexStoreError) -> IndexStoreBenchmarkReport {
        let chain = SyntheticChain()
        try await store.bind(to: ChainIdentity(genesisHash: SyntheticChain.hash(0), chainName: "Synthetic"))
        let first = try await store.lastIndexedBlock().map { $0 + 1 } ?? 0
        let last = first + UInt64(max(blocks, 1)) - 1
        let clock = ContinuousClock()
        var sampleTime = Duration.zero
        var samples = 0
        let started = clock.now
        var number = first
        while number <= last {
            let end = min(number + UInt64(max(batchSize, 1)) - 1, last)
            try await store.write((number...end).map(chain.block))
            let before = clock.now
            let batch = (number...end).filter { $0 % UInt64(max(sampleEvery, 1)) == 0 }.map(chain.sample)
            try await store.write(samples: batch)
            sampleTime += clock.now - before
            samples += batch.count
            number = end + 1
        }
        let metagraphs = SyntheticChain.netuids.map { chain.metagraph($0, at: last, size: 64) }
        try await store.write(chain.sample(last), metagraphs: metagraphs)
        let writing = clock.now - started - sampleTime
        var latencies: [IndexStoreBenchmarkReport.Latency] = []
        for read in HomeRead.allCases {
            var times: [Duration] = []
            for _ in 0..<max(rounds, 1) {
                let before = clock.now
                try await read.run(on: store, last: last)
                times.append(clock.now - before)
            }
            times.sort()
            latencies.append(
                .init(
                    name: read.rawValue, p50: times[times.count / 2],
                    p95: times[min(times.count - 1, times.count * 95 / 100)]))
        }
        return IndexStoreBenchmarkReport(
            blocks: Int(last - first + 1), writing: writing, samples: samples, sampling: sampleTime, reads: latencies)
    }
}

/// The reads behind the home page and an account page.
enum HomeRead: String, CaseIterable {
    case status = "status"
    case blocks = "blocks(limit: 20)"
    case recentSeries = "series neurons, last 7200 blocks"
    case dailySeries = "series total_stake, all by day"
    case sample = "latest sample"
    case metagraph = "latest metagraph"
    case accountEvents = "account events, first page"

    func run(on store: any IndexStore, last: UInt64) async throws(IndexStoreError) {
        switch self {
        case .status: _ = try await store.status()
        case .blocks: _ = try await store.blocks(limit: 20, offset: 0)
        case .recentSeries:
            _ = try await store.series(SeriesQuery(metric: .neurons, netuid: 1, blockStart: last - min(last, 7_200)))
        case .dailySeries: _ = try await store.series(SeriesQuery(metric: .totalStake, netuid: nil, frequency: .byDay))
        case .sample: _ = try await store.sample(atOrBefore: nil)
        case .metagraph: _ = try await store.metagraph(1)
        case .accountEvents: _ = try await store.events(mentioning: SyntheticChain.accounts[1], limit: 25, offset: 0)
        }
    }
}

/// What ``IndexStoreBenchmark/run(store:blocks:batchSize:sampleEvery:rounds:)`` measured.
public struct IndexStoreBenchmarkReport: Sendable, CustomStringConvertible {
    /// One read's latency percentiles.
    public struct Latency: Sendable {
        /// The read.
        public var name: String
        /// Median latency.
        public var p50: Duration
        /// 95th percentile latency.
        public var p95: Duration
    }

    /// Blocks written.
    public var blocks: Int
    /// Time spent writing blocks.
    public var writing: Duration
    /// Samples written.
    public var samples: Int
    /// Time spent writing samples and metagraphs.
    public var sampling: Duration
    /// Read latencies.
    public var reads: [Latency]

    /// Blocks written per second.
    public var blocksPerSecond: Double { Double(blocks) / max(writing.seconds, 1e-9) }

    /// A few lines for a terminal.
    public var description: String {
        var lines = [
            "wrote \(blocks) blocks in \(format(writing.seconds)) s: \(format(blocksPerSecond)) blocks/s",
            "wrote \(samples) samples in \(format(sampling.seconds)) s: "
                + "\(format(Double(samples) / max(sampling.seconds, 1e-9))) samples/s",
        ]
        for read in reads {
            lines.append("\(read.name): p50 \(format(read.p50.seconds * 1_000)) ms, p95 \(format(read.p95.seconds * 1_000)) ms")
        }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return "\(rounded)"
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
