/// A column of the metagraph table: its header, what it means, how a cell shows and sorts.
struct MetagraphColumn: Sendable {
    /// The key used by `?sort=<key>_asc|_desc`, the CSV header and the JSON API.
    var key: String
    /// The header text.
    var header: String
    /// What the column means, shown as the header's tooltip and in the definitions list.
    var definition: String
    /// The CSV and JSON text of a cell (amounts in rao, proportions as raw u16).
    var raw: @Sendable (NeuronRow) -> String
    /// The cell as HTML.
    var html: @Sendable (NeuronRow) -> String
    /// Whether the column sorts as numbers.
    var numeric: Bool = true

    /// A u16 proportion column shown as a fraction of 1.
    static func proportion(_ key: String, _ header: String, _ definition: String, _ value: @escaping @Sendable (NeuronRow) -> UInt64)
        -> MetagraphColumn
    {
        MetagraphColumn(
            key: key, header: header, definition: definition + " A u16 proportion shown as a fraction of 1 (65535 = 1).",
            raw: { String(value($0)) }, html: { Format.proportion(value($0)) })
    }

    /// The table's columns, in order.
    static let all: [MetagraphColumn] = [
        MetagraphColumn(key: "uid", header: "UID", definition: "The neuron's slot on the subnet.", raw: { String($0.uid) },
            html: { HTML.link("/neuron/\($0.netuid)/\($0.uid)", String($0.uid)) }),
        MetagraphColumn(key: "stake", header: "Stake (τ)", definition: "Stake on the neuron's hotkey (CSV and API: rao).",
            raw: { String($0.stake) }, html: { HTML.escape(Format.tao($0.stake)) }),
        proportion("rank", "Rank", "Stake-weighted sum of the weights validators set on the neuron.", { $0.rank }),
        proportion("trust", "Trust", "Share of the neuron's rank that survived consensus clipping.", { $0.trust }),
        proportion("consensus", "Consensus", "The stake-weighted median weight validators agree on for the neuron.", { $0.consensus }),
        proportion("incentive", "Incentive", "The miner's share of the subnet's miner emission.", { $0.incentive }),
        proportion("dividends", "Dividends", "The validator's share of the subnet's validator emission, from its bonds.", { $0.dividends }),
        MetagraphColumn(key: "emission", header: "Emission (τ)", definition: "τ the neuron earned in the last epoch (CSV and API: rao).",
            raw: { String($0.emission) }, html: { HTML.escape(Format.tao($0.emission)) }),
        proportion("validator_trust", "VTrust", "How far the validator's weights agree with consensus.", { $0.validatorTrust }),
        MetagraphColumn(key: "validator_permit", header: "Permit", definition: "Whether the neuron may set weights as a validator.",
            raw: { $0.validatorPermit ? "1" : "0" }, html: { $0.validatorPermit ? "yes" : "no" }),
        MetagraphColumn(key: "last_update", header: "Updated", definition: "Block of the neuron's last weights update.",
            raw: { String($0.lastUpdate) }, html: { HTML.link("/block/\($0.lastUpdate)", Format.grouped($0.lastUpdate)) }),
        MetagraphColumn(key: "active", header: "Active", definition: "Whether the neuron updated within the activity cutoff.",
            raw: { $0.active ? "1" : "0" }, html: { $0.active ? "yes" : "no" }),
        MetagraphColumn(key: "axon", header: "Axon", definition: "The IP address and port the neuron serves on.",
            raw: { $0.axonAddress ?? "" }, html: { HTML.escape($0.axonAddress ?? "—") }, numeric: false),
        MetagraphColumn(key: "hotkey", header: "Hotkey", definition: "The neuron's hotkey, which signs its weights and serves its axon.",
            raw: { $0.hotkey }, html: { Format.accountLink($0.hotkey, path: "hotkey") }, numeric: false),
        MetagraphColumn(key: "coldkey", header: "Coldkey", definition: "The account that owns the hotkey and its stake.",
            raw: { $0.coldkey }, html: { Format.accountLink($0.coldkey, path: "account") }, numeric: false),
    ]

    /// The column keyed `key`.
    static func named(_ key: String) -> MetagraphColumn? { all.first { $0.key == key } }

    /// Sorts `rows` by `key` (`<column>_asc` or `<column>_desc`); says which keys exist when it is unknown.
    static func sort(_ rows: [NeuronRow], by key: String) -> Result<[NeuronRow], SortError> {
        let descending = key.hasSuffix("_desc")
        guard descending || key.hasSuffix("_asc") else { return .failure(SortError(key: key)) }
        let name = String(key.dropLast(descending ? 5 : 4))
        guard let column = named(name) else { return .failure(SortError(key: key)) }
        let sorted = rows.sorted { a, b in
            let (x, y) = (column.raw(a), column.raw(b))
            if x == y { return a.uid < b.uid }
            let less = column.numeric ? (UInt64(x) ?? 0) < (UInt64(y) ?? 0) : x < y
            return descending ? !less : less
        }
        return .success(sorted)
    }

    /// An unknown sort key.
    struct SortError: Error, Sendable {
        /// The key that was asked for.
        var key: String
        /// What to send instead.
        var message: String {
            "sort must be <column>_asc or <column>_desc with a column of "
                + MetagraphColumn.all.map(\.key).joined(separator: ", ") + ", got '\(key)'"
        }
    }
}
