import ChainAPI
import Foundation
import Runtime

extension ChainMethods {
    /// The most blocks one `yuma_blockStats` call answers.
    public static let maxBlockStatsRange: UInt64 = 1_000

    /// The most blocks one `yuma_blockRange` call answers.
    public static let maxBlockRange: UInt64 = 256

    static func registerStats(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("yuma_blockRange") { params, _ throws(RPCError) -> [IndexBlockView] in
            try params.expectAtMost(["start", "end"])
            let range = try blockRange(params, limit: maxBlockRange)
            let blocks = try await storeCall { try await chain.store.blocksWithoutState(in: range) }
            return blocks.compactMap { stored in
                guard let header = try? BlockHeader(decoding: stored.encodedHeader) else { return nil }
                return IndexBlockView(
                    header: ChainViews.header(header),
                    details: stored.extrinsics.map { extrinsicView($0, block: stored.number) },
                    events: stored.events.map(eventView))
            }
        }
        registry.register("yuma_blockStats") { params, _ throws(RPCError) -> BlockStatsList in
            try params.expectAtMost(["start", "end"])
            let range = try blockRange(params, limit: maxBlockStatsRange)
            let rows = try await storeCall { try await chain.store.stats(in: range) }
            return BlockStatsList(entries: rows.map(\.json))
        }
    }
}

extension ChainMethods {
    /// The `start`, `end` params (`end` defaults to `start`) as a range of at most `limit` blocks.
    static func blockRange(_ params: RPCParams, limit: UInt64) throws(RPCError) -> ClosedRange<UInt64> {
        let start = try params.decode(UInt64.self, at: 0, named: "start")
        let end = try params.decodeIfPresent(UInt64.self, at: 1, named: "end") ?? start
        guard start <= end else {
            throw .invalidParams("end (\(end)) is before start (\(start))")
        }
        guard end - start < limit else {
            throw .invalidParams("at most \(limit) blocks per call; asked for \(start)...\(end)")
        }
        return start...end
    }

    /// The RPC view of a stored event, its fields decoded.
    static func eventView(_ stored: StoredEvent) -> EventView {
        let fields = (try? Event(decoding: stored.encoded)).map(ReflectedJSON.fields) ?? .null
        return EventView(index: stored.index, extrinsicIndex: stored.extrinsicIndex, name: stored.name, fields: fields)
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
