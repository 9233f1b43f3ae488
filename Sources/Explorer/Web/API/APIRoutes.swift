import Hummingbird

/// The JSON API: `/api/blocks`, `/api/series`, `/api/status`, and the activity and subnet routes.
enum APIRoutes {
    /// Every API path, for the message of an unknown one.
    static let paths = [
        "/api/status", "/api/blocks", "/api/extrinsics", "/api/events", "/api/accounts/<ss58>", "/api/subnets",
        "/api/subnets/<netuid>/metagraph", "/api/subnets/<netuid>/registrations", "/api/series",
    ]

    static func add(to router: Router<BasicRequestContext>, store: any IndexStore) {
        ActivityAPI.add(to: router, store: store)
        SubnetAPI.add(to: router, store: store)
        router.get("/api/blocks") { request, _ in
            let query = APIQuery(request)
            let (limit, page) = try query.paging()
            let total = try await store.blockCount()
            let blocks = try await store.blocks(limit: limit, offset: (page - 1) * limit)
            return try Responses.json(
                APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: total), data: blocks.map(BlockItem.init)))
        }
        router.get("/api/series") { request, _ in try await series(request, store: store) }
        router.get("/api/status") { _, _ in
            let status = try await store.status()
            let item = StatusItem(
                chain: status.chain?.chainName, genesisHash: status.chain?.genesisHash,
                lastIndexedBlock: status.lastIndexedBlock, nodeHead: status.nodeHead, lag: status.lag,
                updatedAt: status.updatedAt.map(String.init))
            return try Responses.json(APIPage(pagination: .init(currentPage: 1, perPage: 1, totalItems: 1), data: [item]))
        }
    }

    /// `/api/series?metric=…&netuid=…&block_start=…&block_end=…&order=…&limit=…&page=…&format=json|csv`.
    static func series(_ request: Request, store: any IndexStore) async throws -> Response {
        let query = APIQuery(request)
        let names = SeriesMetric.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = query.string("metric") else { throw APIError.badRequest("metric is required; one of \(names)") }
        guard let metric = SeriesMetric(rawValue: name) else {
            throw APIError.badRequest("unknown metric '\(name)'; use one of \(names)")
        }
        let netuid: UInt16? = try query.integer("netuid", in: 0...UInt16.max, default: nil)
        if metric.isPerSubnet && netuid == nil {
            throw APIError.badRequest("metric \(name) belongs to a subnet: add netuid=<subnet id>")
        }
        let start = try query.integer("block_start", in: 0...UInt64(Int64.max), default: 0) ?? 0
        let end = try query.integer("block_end", in: 0...UInt64(Int64.max), default: UInt64(Int64.max)) ?? UInt64(Int64.max)
        guard start <= end else { throw APIError.badRequest("block_start (\(start)) is after block_end (\(end))") }
        let frequencyName = query.string("frequency") ?? SeriesFrequency.byBlock.rawValue
        guard let frequency = SeriesFrequency(rawValue: frequencyName) else {
            throw APIError.badRequest("frequency must be by_block or by_day, got '\(frequencyName)'")
        }
        let (limit, page) = try query.paging()
        let format = query.string("format") ?? "json"
        guard format == "json" || format == "csv" else { throw APIError.badRequest("format must be json or csv, got '\(format)'") }
        var series = SeriesQuery(
            metric: metric, netuid: metric.isPerSubnet ? netuid : nil, blockStart: start, blockEnd: end,
            descending: try query.descending(default: false), limit: limit, offset: (page - 1) * limit,
            frequency: frequency)
        let total = try await store.seriesCount(series)
        let points = try await store.series(series)
        series.limit = limit
        if format == "csv" {
            let lines = ["block_number,\(metric.rawValue)"] + points.map { "\($0.block),\($0.value)" }
            return Responses.text(lines.joined(separator: "\n") + "\n", contentType: "text/csv; charset=utf-8")
        }
        let items = points.map {
            SeriesItem(blockNumber: $0.block, metric: metric.rawValue, netuid: series.netuid, value: String($0.value))
        }
        return try Responses.json(APIPage(pagination: .init(currentPage: page, perPage: limit, totalItems: total), data: items))
    }
}
