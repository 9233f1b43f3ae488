extension RoundupReport {
    /// Reads the report of subnet `netuid` (the first subnet when `nil`) over blocks `from…to` (the
    /// whole sampled range by default) from any index store.
    public static func read(
        from store: any IndexStore, from: UInt64? = nil, to: UInt64? = nil, netuid: UInt16? = nil
    ) async throws(RoundupError) -> RoundupReport {
        do {
            guard let earliest = try await store.earliestSample(), let latest = try await store.sample(atOrBefore: nil)
            else { throw RoundupError.noSamples }
            let blocks = try await indexedBlocks(store)
            let indexed = min(earliest.block, blocks?.lowerBound ?? .max)...max(latest.block, blocks?.upperBound ?? 0)
            let start = from ?? earliest.block, end = to ?? latest.block
            guard start <= end else { throw RoundupError.reversedRange(from: start, to: end) }
            guard indexed.contains(start), indexed.contains(end) else {
                throw RoundupError.outsideIndex(from: start, to: end, indexed: indexed)
            }
            let available = Set(latest.subnets.map(\.netuid)).union(earliest.subnets.map(\.netuid)).sorted()
            // A chain without subnets still has its chain-wide figures; its per-subnet series stay empty.
            let subnet = netuid ?? available.first
            if let subnet, !available.contains(subnet) { throw RoundupError.unknownSubnet(subnet, available: available) }
            var points: [[SeriesPoint]] = []
            for metric in RoundupSeries.metrics {
                if metric.isPerSubnet && subnet == nil {
                    points.append([])
                } else {
                    points.append(try await series(store, metric, netuid: metric.isPerSubnet ? subnet : nil, start, end))
                }
            }
            var registrations: UInt64?
            if let subnet, let blocks, blocks.contains(start), blocks.contains(end) {
                registrations = try await registrationEvents(store, netuid: subnet, newest: blocks.upperBound, start...end)
            }
            return RoundupReport(
                chain: try await store.chainIdentity(), netuid: subnet, from: start, to: end,
                series: RoundupSeries(points), eventRegistrations: registrations)
        } catch let error as RoundupError {
            throw error
        } catch let error as IndexStoreError {
            throw .store(error)
        } catch {
            throw .store(.database("\(error)"))
        }
    }

    /// The points of `metric` in `start…end`, led by the value in force at `start` when it was sampled earlier.
    static func series(_ store: any IndexStore, _ metric: SeriesMetric, netuid: UInt16?, _ start: UInt64, _ end: UInt64)
        async throws(IndexStoreError) -> [SeriesPoint]
    {
        let page = 100_000
        var points: [SeriesPoint] = []
        while true {
            let query = SeriesQuery(metric: metric, netuid: netuid, blockStart: start, blockEnd: end, limit: page, offset: points.count)
            let batch = try await store.series(query)
            points += batch
            if batch.count < page { break }
        }
        if points.first?.block != start, start > 0 {
            let before = SeriesQuery(metric: metric, netuid: netuid, blockStart: 0, blockEnd: start - 1, descending: true, limit: 1)
            if let carried = try await store.series(before).first {
                points.insert(SeriesPoint(block: start, value: carried.value), at: 0)
            }
        }
        return points
    }

    /// The blocks the index holds as one unbroken run, `nil` when it holds none or has gaps.
    static func indexedBlocks(_ store: any IndexStore) async throws(IndexStoreError) -> ClosedRange<UInt64>? {
        let count = try await store.blockCount()
        guard count > 0, let newest = try await store.blocks(limit: 1, offset: 0).first,
            let oldest = try await store.blocks(limit: 1, offset: count - 1).first,
            oldest.number <= newest.number, newest.number - oldest.number == UInt64(count - 1)
        else { return nil }
        return oldest.number...newest.number
    }
}
