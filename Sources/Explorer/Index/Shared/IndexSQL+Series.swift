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

    /// How many points `query` matches, ignoring its limit and offset.
    static func seriesCount(_ query: SeriesQuery) -> SQLStatement {
        let table = Self.column(of: query.metric).table
        switch query.frequency {
        case .byBlock:
            let range = rangeFilter(query, alias: "s")
            return SQLStatement(text: "SELECT COUNT(*) FROM \(table) s WHERE \(range.text)", arguments: range.arguments)
        case .byDay:
            let range = rangeFilter(query, alias: "d")
            return SQLStatement(
                text: """
                    SELECT COUNT(DISTINCT b.timestamp / \(dayMilliseconds)) FROM \(table) d
                    JOIN blocks b ON b.number = d.block WHERE \(range.text)
                    """,
                arguments: range.arguments)
        }
    }

    /// The last sampled block of each UTC day in the query's range.
    private static func lastBlockOfEachDay(_ query: SeriesQuery) -> SQLStatement {
        let table = Self.column(of: query.metric).table
        let range = rangeFilter(query, alias: "d")
        return SQLStatement(
            text: """
                SELECT MAX(d.block) FROM \(table) d JOIN blocks b ON b.number = d.block
                WHERE \(range.text) GROUP BY b.timestamp / \(dayMilliseconds)
                """,
            arguments: range.arguments)
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
