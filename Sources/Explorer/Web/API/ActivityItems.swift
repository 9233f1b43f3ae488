import ChainAPI
import Foundation

/// An extrinsic in `/api/extrinsics`.
struct ExtrinsicItem: Encodable, Sendable {
    var hash: String
    var blockNumber: UInt64
    var index: UInt32
    var signer: String
    var nonce: UInt64
    var call: String
    var success: Bool

    init(_ x: IndexedExtrinsic) {
        (hash, blockNumber, index, signer, nonce, call, success) = (x.hash, x.blockNumber, x.index, x.signer, x.nonce, x.call, x.succeeded)
    }
}

/// An event in `/api/events`, its fields as JSON.
struct EventItem: Encodable, Sendable {
    var id: String
    var blockNumber: UInt64
    var index: UInt32
    var extrinsicIndex: UInt32?
    var name: String
    var fields: JSONValue

    init(_ e: IndexedEvent) {
        (id, blockNumber, index, extrinsicIndex, name) = ("\(e.blockNumber)-\(e.index)", e.blockNumber, e.index, e.extrinsicIndex, e.name)
        fields = (try? JSONDecoder().decode(JSONValue.self, from: Data(e.fieldsJSON.utf8))) ?? .string(e.fieldsJSON)
    }

    private enum Keys: String, CodingKey {
        case id, blockNumber = "block_number", index, extrinsicIndex = "extrinsic_index", name, fields
    }

    /// Encodes every field, `null` for an event of block initialization.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(blockNumber, forKey: .blockNumber)
        try c.encode(index, forKey: .index)
        try c.encode(extrinsicIndex, forKey: .extrinsicIndex)
        try c.encode(name, forKey: .name)
        try c.encode(fields, forKey: .fields)
    }
}

/// The single item of `/api/accounts/<ss58>`: activity counts and the neurons it holds.
struct AccountItem: Encodable, Sendable {
    /// A neuron the account owns (coldkey) or is (hotkey).
    struct Neuron: Encodable, Sendable {
        var netuid: UInt16
        var uid: Int
        var role: String
        var hotkey: String
        var stake: String
    }

    var address: String
    var publicKey: String
    var ss58Prefix: UInt16
    var extrinsicCount: Int
    var eventCount: Int
    var neurons: [Neuron]
    var balance: String?
    var extrinsicsUrl: String
    var eventsUrl: String
}

/// A subnet in `/api/subnets`: its latest Roundup figures; amounts are rao strings.
struct SubnetItem: Encodable, Sendable {
    var netuid: UInt16
    var blockNumber: UInt64
    var neurons: UInt64
    var uidLimit: UInt64
    var difficulty: String
    var burn: String
    var totalStake: String
    var sequenceLength: UInt64
    var emission: String

    init(_ s: SubnetSample, block: UInt64) {
        (netuid, blockNumber, neurons, uidLimit, sequenceLength) = (s.netuid, block, s.neurons, s.uidLimit, s.sequenceLength)
        (difficulty, burn, totalStake, emission) = (String(s.difficulty), String(s.burn), String(s.totalStake), String(s.emission))
    }
}

/// A neuron in `/api/subnets/<n>/metagraph`: every metagraph column keyed as in the CSV.
struct NeuronItem: Encodable, Sendable {
    var values: [(String, String)]

    init(_ row: NeuronRow) {
        values = [("netuid", String(row.netuid)), ("block_number", String(row.block))]
            + MetagraphColumn.all.map { ($0.key, $0.raw(row)) }
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes the columns; UIDs, netuids and blocks as numbers, everything else as strings.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for (key, value) in values {
            if ["uid", "netuid", "block_number", "last_update"].contains(key), let number = UInt64(value) {
                try c.encode(number, forKey: Key(stringValue: key))
            } else if ["validator_permit", "active"].contains(key) {
                try c.encode(value == "1", forKey: Key(stringValue: key))
            } else {
                try c.encode(value, forKey: Key(stringValue: key))
            }
        }
    }
}
