import ChainAPI
import Foundation

extension ChainMethods {
    /// The most blocks one `yuma_blockStats` call answers.
    public static let maxBlockStatsRange: UInt64 = 1_000

    static func registerStats(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("yuma_blockStats") { params, _ throws(RPCError) -> BlockStatsList in
            try params.expectAtMost(["start", "end"])
            let start = try params.decode(UInt64.self, at: 0, named: "start")
            let end = try params.decodeIfPresent(UInt64.self, at: 1, named: "end") ?? start
            guard start <= end else {
                throw .invalidParams("end (\(end)) is before start (\(start))")
            }
            guard end - start < maxBlockStatsRange else {
                throw .invalidParams("at most \(maxBlockStatsRange) blocks per call; asked for \(start)...\(end)")
            }
            let rows = try await storeCall { try await chain.store.stats(in: start...end) }
            return BlockStatsList(entries: rows.map(\.json))
        }
    }
}

/// The stored JSON of several blocks' figures, answered as one JSON array without decoding it.
struct BlockStatsList: Encodable, RPCJSONFragment {
    /// Each block's figures, JSON.
    var entries: [[UInt8]]

    var jsonFragment: String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(entries.reduce(2) { $0 + $1.count + 1 })
        for (index, entry) in entries.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: entry)
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Encodes the decoded figures (the dispatcher normally splices ``jsonFragment`` instead).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        let decoder = JSONDecoder()
        for entry in entries {
            try container.encode(try decoder.decode(BlockStatsView.self, from: Data(entry)))
        }
    }
}
