/// The neurons of one subnet, one entry per uid in each column (structure of arrays, as the chain's
/// per-uid storage vectors).
public struct NeuronTable: Sendable, Equatable {
    /// Hotkey of each uid.
    public internal(set) var hotkeys = TrackedColumn<AccountID>()
    /// Uid of each registered hotkey.
    public internal(set) var uidOfHotkey: [AccountID: UID] = [:]
    /// Block of each uid's (latest) registration.
    public var blockAtRegistration = TrackedColumn<BlockNumber>()
    /// Block of each uid's last weight update.
    public var lastUpdate = TrackedColumn<BlockNumber>()
    /// Validator permit of each uid, as set by the last epoch.
    public var validatorPermit = TrackedColumn<Bool>()
    /// Stored weights of each uid: `(target uid, value)` sorted by target uid, u16 max-upscaled in
    /// Finney, u32 normalized to sum `u32::MAX` in Nakamoto. Write rows with ``setWeights(_:of:)``.
    public var weights = TrackedColumn<[WeightEntry]>()
    /// Stored bonds of each uid, sorted by the uid they are held in (as every epoch writes them):
    /// u16 in Finney, u64 rao units in Nakamoto.
    public var bonds = TrackedColumn<[BondEntry]>()
    /// Served axon of each uid.
    public var axons = TrackedColumn<AxonInfo?>()
    /// Served Prometheus endpoint of each uid.
    public var prometheus = TrackedColumn<PrometheusInfo?>()
    /// Epoch outputs of each uid.
    public var terms = TrackedColumn<NeuronTerms>()

    /// The number of uids.
    public var count: Int { hotkeys.count }

    /// Appends a neuron at the next uid.
    mutating func append(hotkey: AccountID, at block: BlockNumber) -> UID {
        let uid = UID(truncatingIfNeeded: hotkeys.count)
        hotkeys.append(hotkey)
        uidOfHotkey[hotkey] = uid
        blockAtRegistration.append(block)
        lastUpdate.append(block)
        validatorPermit.append(false)
        weights.append([])
        bonds.append([])
        axons.append(nil)
        prometheus.append(nil)
        terms.append(NeuronTerms())
        return uid
    }

    /// Stores `row` as the weights of uid `index`, sorted by target uid (the order the table keeps so that
    /// a replaced uid's incoming weights are found by binary search).
    mutating func setWeights(_ row: [WeightEntry], of index: Int) {
        weights[index] = row.sorted { $0.uid < $1.uid }
    }

    /// The position of the entry on `uid` in a row sorted by uid.
    static func position(of uid: UID, in row: [some UIDKeyedEntry]) -> Int? {
        var low = 0
        var high = row.count
        while low < high {
            let middle = (low + high) / 2
            if row[middle].uid < uid { low = middle + 1 } else { high = middle }
        }
        return low < row.count && row[low].uid == uid ? low : nil
    }

    /// Gives `uid` to a new hotkey, clearing what the chain clears on replacement (`spec/chain.md` §4).
    mutating func replace(uid: UID, with hotkey: AccountID, at block: BlockNumber) {
        let index = Int(uid)
        uidOfHotkey[hotkeys[index]] = nil
        hotkeys[index] = hotkey
        uidOfHotkey[hotkey] = uid
        blockAtRegistration[index] = block
        axons[index] = nil
        prometheus[index] = nil
        weights[index] = []
        bonds[index] = []
        for row in weights.indices where !weights[row].isEmpty {
            if let column = Self.position(of: uid, in: weights[row]) {
                weights.update(row, part: column / StateLayout.rowChunkSize) { $0[column].value = 0 }
            }
        }
        // Emission, trust, consensus, incentive, dividends and stake weight are cleared; rank, validator
        // trust and the pruning score (set to the maximum when the uid was chosen) stay, as do last
        // update and permit. The neuron is active again.
        let kept = terms[index]
        terms[index] = NeuronTerms()
        terms[index].rank = kept.rank
        terms[index].validatorTrust = kept.validatorTrust
        terms[index].pruningScore = kept.pruningScore
    }

    /// Gives `uid` to a new hotkey as the 2022 chain did: a fresh neuron (all terms zero, last update
    /// now, a self-weight of `u32::MAX`, no bonds), and every bond held in `uid` dropped (the chain drops
    /// them at the next step; nothing reads bonds before then). Weights others set on `uid` stay.
    mutating func replaceNakamoto(uid: UID, with hotkey: AccountID, at block: BlockNumber) {
        let index = Int(uid)
        uidOfHotkey[hotkeys[index]] = nil
        hotkeys[index] = hotkey
        uidOfHotkey[hotkey] = uid
        blockAtRegistration[index] = block
        lastUpdate[index] = block
        validatorPermit[index] = false
        axons[index] = nil
        prometheus[index] = nil
        terms[index] = NeuronTerms()
        weights[index] = [WeightEntry(uid: uid, value: .max)]
        bonds[index] = []
        for row in bonds.indices where !bonds[row].isEmpty {
            if let column = Self.position(of: uid, in: bonds[row]) { bonds[row].remove(at: column) }
        }
    }
}

/// One stored weight.
public struct WeightEntry: UIDKeyedEntry, Sendable, Hashable, Codable {
    /// Target uid.
    public var uid: UID
    /// Stored value.
    public var value: UInt32

    /// A weight on `uid`.
    public init(uid: UID, value: UInt32) {
        self.uid = uid
        self.value = value
    }
}

/// One stored bond.
public struct BondEntry: UIDKeyedEntry, Sendable, Hashable, Codable {
    /// Uid the bond is held in.
    public var uid: UID
    /// Stored amount.
    public var value: UInt64

    /// A bond in `uid`.
    public init(uid: UID, value: UInt64) {
        self.uid = uid
        self.value = value
    }
}

/// What an epoch stored for a uid.
public struct NeuronTerms: Sendable, Equatable, Codable {
    /// Active flag.
    public var active = true
    /// Rank, u16 proportion (Nakamoto: u64 proportion).
    public var rank: UInt64 = 0
    /// Trust.
    public var trust: UInt64 = 0
    /// Consensus.
    public var consensus: UInt64 = 0
    /// Incentive.
    public var incentive: UInt64 = 0
    /// Dividends.
    public var dividends: UInt64 = 0
    /// Validator trust.
    public var validatorTrust: UInt64 = 0
    /// Emission of the last epoch, rao.
    public var emission: Rao = 0
    /// Pruning score.
    public var pruningScore: UInt64 = 0
    /// Normalized stake at the last epoch.
    public var stakeWeight: UInt64 = 0

    /// Zero terms, active.
    public init() {}
}

/// A served axon (`serve_axon`).
public struct AxonInfo: Sendable, Equatable, Codable {
    /// Block it was served at.
    public var block: BlockNumber
    /// Protocol version.
    public var version: UInt32
    /// IPv4 or IPv6 address as an integer.
    public var ip: UInt128
    /// Port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
    /// Transport protocol.
    public var `protocol`: UInt8
    /// Reserved.
    public var placeholder1: UInt8
    /// Reserved.
    public var placeholder2: UInt8
}

/// A served Prometheus endpoint (`serve_prometheus`).
public struct PrometheusInfo: Sendable, Equatable, Codable {
    /// Block it was served at.
    public var block: BlockNumber
    /// Version.
    public var version: UInt32
    /// Address.
    public var ip: UInt128
    /// Port.
    public var port: UInt16
    /// 4 or 6.
    public var ipType: UInt8
}

/// A row entry keyed by the uid it points at (weights and bonds).
public protocol UIDKeyedEntry {
    /// The uid the entry points at.
    var uid: UID { get }
}
