import ChainAPI
import Foundation
import Runtime

extension ChainMethods {
    /// The most blocks one `yuma_blockStats` call answers.
    public static let maxBlockStatsRange: UInt64 = 1_000

    /// The most blocks one `yuma_blockRange` call answers.
    public static let maxBlockRange: UInt64 = 256

    static func registerStats(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("yuma_blockRange") { params, _ throws(RPCError) -> IndexBlockList in
            try params.expectAtMost(["start", "end"])
            let range = try blockRange(params, limit: maxBlockRange)
            let blocks = try await storeCall { try await chain.store.blocksWithoutState(in: range) }
            return IndexBlockList(
                blocks: blocks.compactMap { stored in
                    guard let header = try? BlockHeader(decoding: stored.encodedHeader) else { return nil }
                    return IndexBlockView(
                        header: ChainViews.header(header),
                        details: stored.extrinsics.map { extrinsicView($0, block: stored.number) },
                        events: stored.events.map(indexEventView))
                })
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
        let fields = (try? Event(decoding: stored.encoded)).map(EventDescription.fields) ?? .null
        return EventView(index: stored.index, extrinsicIndex: stored.extrinsicIndex, name: stored.name, fields: fields)
    }

    /// The indexer's view of a stored event: its fields decoded and written as compact JSON, keys sorted.
    static func indexEventView(_ stored: StoredEvent) -> IndexEventView {
        let fields = (try? Event(decoding: stored.encoded)).map(EventDescription.fields) ?? .null
        var writer = JSONTextWriter(capacity: 256)
        let text: String
        if writer.value(fields) {
            text = writer.text
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            text = (try? encoder.encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
        }
        return IndexEventView(index: stored.index, extrinsicIndex: stored.extrinsicIndex, name: stored.name, fieldsJSON: text)
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

/// A run of blocks for an indexer, answered as JSON written directly (members in a fixed order, with
/// the id first in the envelope, so a client can route the answer without parsing it).
struct IndexBlockList: Encodable, RPCJSONFragment {
    /// The blocks, in order.
    var blocks: [IndexBlockView]

    var jsonFragment: String {
        var writer = JSONTextWriter(capacity: blocks.count * 2_048)
        writer.array(blocks) { writer, block in
            let h = block.header
            writer.raw("{")
            writer.key("header", first: true)
            writer.raw("{")
            writer.key("number", first: true)
            writer.integer(h.number)
            for (name, text) in [("hash", h.hash), ("parentHash", h.parentHash), ("stateRoot", h.stateRoot), ("extrinsicsRoot", h.extrinsicsRoot)] {
                writer.key(name)
                writer.string(text)
            }
            writer.key("timestamp")
            writer.integer(h.timestamp)
            writer.key("author")
            writer.string(h.author)
            writer.raw("}")
            writer.key("details")
            writer.array(block.details) { writer, x in
                writer.raw("{")
                writer.key("hash", first: true)
                writer.string(x.hash)
                writer.key("blockNumber")
                writer.integer(x.blockNumber)
                writer.key("index")
                writer.integer(x.index)
                writer.key("signer")
                writer.string(x.signer)
                writer.key("nonce")
                writer.integer(x.nonce)
                writer.key("call")
                writer.string(x.call)
                writer.key("succeeded")
                x.succeeded ? writer.raw("true") : writer.raw("false")
                writer.raw("}")
            }
            writer.key("events")
            writer.array(block.events) { writer, e in
                writer.raw("{")
                writer.key("index", first: true)
                writer.integer(e.index)
                if let extrinsic = e.extrinsicIndex {
                    writer.key("extrinsicIndex")
                    writer.integer(extrinsic)
                }
                writer.key("name")
                writer.string(e.name)
                writer.key("fieldsJSON")
                writer.string(e.fieldsJSON)
                writer.raw("}")
            }
            writer.raw("}")
        }
        return writer.text
    }

    /// Encodes the blocks as an array (the dispatcher normally splices ``jsonFragment`` instead).
    func encode(to encoder: any Encoder) throws {
        try blocks.encode(to: encoder)
    }
}

extension JSONTextWriter {
    /// Appends `json` compactly, object keys in sorted order (as `JSONEncoder` with `.sortedKeys`);
    /// returns `false`, having written part of it, when it holds a fractional number, which this writer
    /// leaves to `JSONEncoder`.
    mutating func value(_ json: JSONValue) -> Bool {
        switch json {
        case .null: raw("null")
        case .bool(let flag): flag ? raw("true") : raw("false")
        case .integer(let number): integer(number)
        case .unsignedInteger(let number): integer(number)
        case .double: return false
        case .string(let text): string(text)
        case .array(let items):
            raw("[")
            for (position, item) in items.enumerated() {
                if position > 0 { raw(",") }
                guard value(item) else { return false }
            }
            raw("]")
        case .object(let members):
            raw("{")
            for (position, key) in members.keys.sorted().enumerated() {
                self.key(key, first: position == 0)
                guard value(members[key] ?? .null) else { return false }
            }
            raw("}")
        }
        return true
    }
}
