extension IndexSQL {
    /// Milliseconds in a UTC day: block timestamps divided by it give the day number.
    static let dayMilliseconds: Int64 = 86_400_000

    /// The points of `query`: block, value.
    static func series(_ query: SeriesQuery) -> SQLStatement {
        let (table, column) = Self.column(of: query.metric)
        let order = " ORDER BY s.block \(query.descending ? "DESC" : "ASC") LIMIT ? OFFSET ?"
        let range = rangeFilter(query, alias: "s")
        switch query.frequency {
        case .byBlock:
            if let evenly = evenlySpaced(query) { return evenly }
            return SQLStatement(
                text: "SELECT s.block, s.\(column) FROM \(table) s WHERE \(range.text)" + order,
                arguments: range.arguments + page(query.limit, query.offset))
        case .byDay:
            let days = lastBlockOfEachDay(query)
            let subnet = table == "subnet_samples" ? " AND s.netuid = ?" : ""
            return SQLStatement(
                text: "SELECT s.block, s.\(column) FROM \(table) s WHERE s.block IN (\(days.text))\(subnet)" + order,
                arguments: days.arguments + (subnet.isEmpty ? [] : [.int(Int(query.netuid ?? 0))])
                    + page(query.limit, query.offset))
        }
    }

    /// The value as of evenly spaced blocks (``SeriesQuery/maxPoints``): one indexed lookup of the
    /// latest sample at or before each target block, so a chart of a million blocks reads a few hundred
    /// rows; `nil` when the query reads every sample anyway.
    private static func evenlySpaced(_ query: SeriesQuery) -> SQLStatement? {
        guard let points = query.maxPoints, points >= 2, query.blockEnd < UInt64(1) << 48, query.blockStart <= query.blockEnd
        else { return nil }
        let span = query.blockEnd - query.blockStart
        guard span + 1 > UInt64(points) else { return nil }
        let step = (span + UInt64(points) - 2) / UInt64(points - 1)
        let (table, column) = Self.column(of: query.metric)
        let perSubnet = table == "subnet_samples"
        return SQLStatement(
            text: """
                WITH RECURSIVE t(b) AS (
                    SELECT CAST(? AS BIGINT) UNION ALL SELECT b + CAST(? AS BIGINT) FROM t WHERE b + CAST(? AS BIGINT) < CAST(? AS BIGINT)
                ), u(b) AS (SELECT b FROM t UNION SELECT CAST(? AS BIGINT))
                SELECT x.b, x.v FROM (
                    SELECT u.b AS b, (SELECT s.\(column) FROM \(table) s WHERE s.block <= u.b\(perSubnet ? " AND s.netuid = ?" : "")
                        ORDER BY s.block DESC LIMIT 1) AS v FROM u
                ) x WHERE x.v IS NOT NULL ORDER BY x.b \(query.descending ? "DESC" : "ASC") LIMIT ? OFFSET ?
                """,
            arguments: [
                .unsigned(query.blockStart), .unsigned(step), .unsigned(step), .unsigned(query.blockEnd),
                .unsigned(query.blockEnd),
            ] + (perSubnet ? [.int(Int(query.netuid ?? 0))] : []) + page(query.limit, query.offset))
    }

    /// How many points `query` matches, ignoring its limit and offset.
    static func seriesCount(_ query: SeriesQuery) -> SQLStatement {
        let table = Self.column(of: query.metric).table
        switch query.frequency {
        case .byBlock:
            let range = rangeFilter(query, alias: "s")
            return SQLStatement(text: "SELECT COUNT(*) FROM \(table) s WHERE \(range.text)", arguments: range.arguments)
        case .byDay:
            let days = lastBlockOfEachDay(query)
            return SQLStatement(
                text: "SELECT COUNT(*) FROM (\(days.text)) x WHERE x.block IS NOT NULL", arguments: days.arguments)
        }
    }

    /// The last sampled block of each UTC day in the query's range (`NULL` for a day without one):
    /// the days are walked through the `blocks_day` index one seek each, and each day's blocks from its
    /// last one back until one has a sample, so a million blocks take a few hundred seeks.
    private static func lastBlockOfEachDay(_ query: SeriesQuery) -> SQLStatement {
        let table = Self.column(of: query.metric).table
        let day = "b.timestamp / \(dayMilliseconds)"
        let subnet = table == "subnet_samples" ? " AND d.netuid = ?" : ""
        return SQLStatement(
            text: """
                WITH RECURSIVE days(day) AS (
                    SELECT (SELECT \(day) FROM blocks b ORDER BY \(day) LIMIT 1)
                    UNION ALL
                    SELECT (SELECT \(day) FROM blocks b WHERE \(day) > days.day ORDER BY \(day) LIMIT 1)
                    FROM days WHERE days.day IS NOT NULL
                )
                SELECT (SELECT b.number FROM blocks b WHERE \(day) = days.day AND b.number BETWEEN ? AND ?
                    AND EXISTS (SELECT 1 FROM \(table) d WHERE d.block = b.number\(subnet))
                    ORDER BY b.number DESC LIMIT 1) AS block
                FROM days WHERE days.day IS NOT NULL
                """,
            arguments: [
                .unsigned(min(query.blockStart, UInt64(Int64.max))), .unsigned(min(query.blockEnd, UInt64(Int64.max))),
            ] + (subnet.isEmpty ? [] : [.int(Int(query.netuid ?? 0))]))
    }

    /// `alias.block BETWEEN ? AND ?`, and the subnet for per-subnet tables.
    private static func rangeFilter(_ query: SeriesQuery, alias: String) -> SQLStatement {
        var text = "\(alias).block BETWEEN ? AND ?"
        var arguments: [SQLArgument] = [
            .unsigned(min(query.blockStart, UInt64(Int64.max))), .unsigned(min(query.blockEnd, UInt64(Int64.max))),
        ]
        if column(of: query.metric).table == "subnet_samples" {
            text += " AND \(alias).netuid = ?"
            arguments.append(.int(Int(query.netuid ?? 0)))
        }
        return SQLStatement(text: text, arguments: arguments)
    }

    /// The column of `metric` and the table that holds it.
    static func column(of metric: SeriesMetric) -> (table: String, column: String) {
        switch metric {
        case .neurons: ("subnet_samples", "neurons")
        case .uidLimit: ("subnet_samples", "uid_limit")
        case .difficulty: ("subnet_samples", "difficulty")
        case .burn: ("subnet_samples", "burn")
        case .stake: ("subnet_samples", "stake")
        case .sequenceLength: ("subnet_samples", "sequence_length")
        case .emission: ("subnet_samples", "emission")
        case .totalIssuance: ("chain_samples", "total_issuance")
        case .totalStake: ("chain_samples", "total_stake")
        case .totalEmission: ("chain_samples", "total_emission")
        }
    }
}
