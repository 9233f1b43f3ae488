import ChainAPI

/// One neuron of a stored metagraph: the row behind the metagraph table, its CSV, the neuron page and
/// the JSON API.
struct NeuronRow: Sendable, Equatable {
    var netuid: UInt16
    var block: UInt64
    var uid: Int
    var hotkey: String
    var coldkey: String
    var stake: UInt64
    var rank: UInt64
    var trust: UInt64
    var consensus: UInt64
    var incentive: UInt64
    var dividends: UInt64
    var emission: UInt64
    var validatorTrust: UInt64
    var validatorPermit: Bool
    var lastUpdate: UInt64
    var active: Bool
    var registeredAt: UInt64
    var axon: AxonView?

    /// The rows of `m` in UID order (missing entries read as zero).
    static func rows(_ m: MetagraphView) -> [NeuronRow] {
        (0..<m.n).map { uid in
            func at<T>(_ values: [T], _ fallback: T) -> T { uid < values.count ? values[uid] : fallback }
            return NeuronRow(
                netuid: m.netuid, block: m.block, uid: uid, hotkey: at(m.hotkeys, ""), coldkey: at(m.coldkeys, ""),
                stake: at(m.stake, 0), rank: at(m.ranks, 0), trust: at(m.trust, 0), consensus: at(m.consensus, 0),
                incentive: at(m.incentive, 0), dividends: at(m.dividends, 0), emission: at(m.emission, 0),
                validatorTrust: at(m.validatorTrust, 0), validatorPermit: at(m.validatorPermit, false),
                lastUpdate: at(m.lastUpdate, 0), active: at(m.active, false),
                registeredAt: at(m.blockAtRegistration, 0), axon: at(m.axons, nil))
        }
    }

    /// `ip:port` of the served axon, `nil` when none.
    var axonAddress: String? { axon.map { "\($0.ip):\($0.port)" } }

    /// Every neuron of every subnet in the latest metagraphs the index holds.
    static func latest(store: any IndexStore) async throws(IndexStoreError) -> [NeuronRow] {
        guard let sample = try await store.sample(atOrBefore: nil) else { return [] }
        var rows: [NeuronRow] = []
        for subnet in sample.subnets {
            if let metagraph = try await store.metagraph(subnet.netuid) { rows += Self.rows(metagraph) }
        }
        return rows
    }
}
