/// Headline figures with their change over a day (7200 blocks).
enum Tiles {
    /// Blocks in a day at 12 s a block.
    static let blocksPerDay: UInt64 = 7200

    /// The tile grid for the latest sample against `base`, for subnet `netuid`.
    static func render(height: UInt64?, latest: ChainSample?, base: ChainSample?, netuid: UInt16?) -> String {
        let window: String
        if let latest, let base, latest.block >= base.block + blocksPerDay || base.block == 0 {
            window = "24 h"
        } else if let base {
            window = "since #\(Format.grouped(base.block))"
        } else {
            window = "24 h"
        }
        var tiles: [String] = []
        let heightDelta = height.map { "+" + Format.grouped(min($0, blocksPerDay)) + " in 24 h" } ?? ""
        tiles.append(tile("Block height", height.map(Format.grouped) ?? "—", heightDelta))
        guard let latest else {
            tiles.append(tile("Roundup figures", "no data yet", "the indexer samples them at each new head"))
            return "<section class=\"tiles\">" + tiles.joined() + "</section>"
        }
        let old = base ?? latest
        tiles.append(
            tile("Total issuance", Format.tao(latest.totalIssuance), Format.taoDelta(latest.totalIssuance, old.totalIssuance) + " " + window))
        tiles.append(tile("Total stake", Format.tao(latest.totalStake), Format.taoDelta(latest.totalStake, old.totalStake) + " " + window))
        if let netuid, let now = latest.subnets.first(where: { $0.netuid == netuid }) {
            let then = old.subnets.first { $0.netuid == netuid } ?? now
            let label = " (subnet \(netuid))"
            tiles.append(
                tile(
                    "Registered neurons / UID limit" + label, "\(Format.grouped(now.neurons)) / \(Format.grouped(now.uidLimit))",
                    Format.delta(now.neurons, then.neurons) + " " + window))
            tiles.append(
                tile("Difficulty" + label, Format.grouped(now.difficulty), Format.delta(now.difficulty, then.difficulty) + " " + window))
            tiles.append(
                tile(
                    "Sequence length" + label, Format.grouped(now.sequenceLength),
                    Format.delta(now.sequenceLength, then.sequenceLength) + " " + window))
        } else {
            tiles.append(tile("Subnets", "none yet", "the Roundup figures appear with the first subnet"))
        }
        return "<section class=\"tiles\">" + tiles.joined() + "</section>"
    }

    static func tile(_ label: String, _ value: String, _ delta: String) -> String {
        "<div class=\"tile\"><div class=\"label\">\(HTML.escape(label))</div><div class=\"value\">\(HTML.escape(value).replacingOccurrences(of: ",", with: ",<wbr>"))</div><div class=\"delta\">\(HTML.escape(delta))</div></div>"
    }
}
