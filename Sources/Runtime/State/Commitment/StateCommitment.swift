import CSodium
import Hashing

/// The state root, kept up to date block by block.
///
/// The state is viewed as a set of entries (key and value bytes, ``StateSpace`` and ``StateLayout``);
/// the root is the ``LatticeHash`` of the entries' digests, so it depends only on the set, not on
/// the order things were written in. ``commit(_:)`` visits only what the block marked as written
/// (``TrackedMap``, ``TrackedColumn``), re-encodes those entries, updates the sum where a digest
/// changed, and returns exactly those entries: the block's state changes, which the node stores
/// with the block. Two nodes that apply the same blocks hold the same root; a node that restores
/// the state from its stored entries recomputes it.
public struct StateCommitment: Sendable {
    /// Digest of every entry, by key.
    private var digests: [EntryKey: Hash256] = [:]
    /// Sum of the entries' expansions.
    private var sum = LatticeHash()

    /// The root of the state as of the last commit: Blake2b-256 over the lattice hash.
    public var root: [UInt8] { sum.digest }

    /// The number of entries in the state.
    public var entryCount: Int { digests.count }

    /// The commitment of `state`, built from all of its entries. Clears the state's write marks.
    public init(state: inout ChainState) {
        self = Self.build(&state).commitment
    }

    /// The commitment of `state` and all of its entries (what a node stores for its genesis block).
    /// Clears the state's write marks.
    public static func build(_ state: inout ChainState) -> (commitment: Self, entries: [StateChange]) {
        var commitment = Self()
        state.touchAll()
        let entries = commitment.commit(&state)
        return (commitment, entries)
    }

    /// The commitment of the empty set.
    private init() {}

    /// Folds what was written into `state` since the last commit into the root and returns the
    /// entries that changed. Clears the state's write marks.
    public mutating func commit(_ state: inout ChainState) -> [StateChange] {
        var changes = StateChangeCollector()
        changes.put(StateKey.globals, StateLayout.globals(state))
        for number in state.blockHashes.takeTouched() {
            changes.put(StateKey.blockHash(number), state.blockHashes[number].map { $0 })
        }
        for id in state.accounts.takeTouched() {
            changes.put(StateKey.key(.account, account: id), state.accounts[id].map(StateLayout.account))
        }
        for seal in state.registration.usedWork.takeTouched() {
            changes.put(StateKey.usedWork(seal), state.registration.usedWork[seal].map(StateLayout.integer))
        }
        collectStaking(&state.staking, into: &changes)
        for netuid in state.emission.loaded.takeTouched() {
            changes.put(
                StateKey.loadedEmission(netuid), state.emission.loaded[netuid].map(StateLayout.loadedEmission)
            )
        }
        for netuid in state.subnets.takeTouched().sorted() {
            collectSubnet(netuid, in: &state.subnets, into: &changes)
        }
        return apply(changes)
    }

    private func collectStaking(_ staking: inout StakingState, into changes: inout StateChangeCollector) {
        for hotkey in staking.stake.takeTouched() {
            changes.put(StateKey.key(.stake, account: hotkey), staking.stake[hotkey].map(StateLayout.stakes))
        }
        for id in staking.totalHotkeyStake.takeTouched() {
            changes.put(
                StateKey.key(.totalHotkeyStake, account: id),
                staking.totalHotkeyStake[id].map(StateLayout.integer))
        }
        for id in staking.totalColdkeyStake.takeTouched() {
            changes.put(
                StateKey.key(.totalColdkeyStake, account: id),
                staking.totalColdkeyStake[id].map(StateLayout.integer))
        }
        for id in staking.owner.takeTouched() {
            changes.put(StateKey.key(.owner, account: id), staking.owner[id].map(StateLayout.accountValue))
        }
        for id in staking.delegateTake.takeTouched() {
            changes.put(
                StateKey.key(.delegateTake, account: id), staking.delegateTake[id].map(StateLayout.integer))
        }
        for id in staking.lastTxBlock.takeTouched() {
            changes.put(
                StateKey.key(.lastTxBlock, account: id), staking.lastTxBlock[id].map(StateLayout.integer))
        }
        for id in staking.lastTxBlockDelegateTake.takeTouched() {
            changes.put(
                StateKey.key(.lastTxBlockDelegateTake, account: id),
                staking.lastTxBlockDelegateTake[id].map(StateLayout.integer))
        }
        for pair in staking.stakesThisInterval.takeTouched() {
            changes.put(
                StateKey.stakesThisInterval(pair),
                staking.stakesThisInterval[pair].map(StateLayout.intervalCount))
        }
    }

    private func collectSubnet(
        _ netuid: NetUID, in subnets: inout TrackedMap<NetUID, Subnet>,
        into changes: inout StateChangeCollector
    ) {
        let collected: Void? = subnets.updateUntracked(netuid) { subnet in
            changes.put(StateKey.subnet(netuid), StateLayout.subnetHeader(subnet))
            let table = subnet.neurons
            for column in NeuronColumn.allCases {
                let positions = subnet.neurons.takeTouched(column)
                var lastPage = -1
                for position in positions where position / StateLayout.pageSize != lastPage {
                    lastPage = position / StateLayout.pageSize
                    changes.put(
                        StateKey.neuronPage(netuid, column, page: lastPage),
                        StateLayout.page(column, of: table, page: lastPage))
                }
            }
            let weightRows = subnet.neurons.weights.takeTouched()
            let weightParts = subnet.neurons.weights.takeTouchedParts()
            changes.putRows(.weightsRow, netuid, rows: weightRows, parts: weightParts, digests: digests) {
                uid, chunk in
                StateLayout.weightsChunk(table.weights[uid], chunk: chunk)
            } count: {
                table.weights[$0].count
            }
            let bondRows = subnet.neurons.bonds.takeTouched()
            let bondParts = subnet.neurons.bonds.takeTouchedParts()
            changes.putRows(.bondsRow, netuid, rows: bondRows, parts: bondParts, digests: digests) {
                uid, chunk in
                StateLayout.bondsChunk(table.bonds[uid], chunk: chunk)
            } count: {
                table.bonds[$0].count
            }
        }
        if collected == nil { changes.removeSubnet(netuid, among: digests.keys.lazy.map(\.bytes)) }
    }

    /// Applies the collected entries to the sum and keeps those whose digest changed.
    private mutating func apply(_ collector: StateChangeCollector) -> [StateChange] {
        var changes: [StateChange] = []
        changes.reserveCapacity(collector.entries.count)
        for entry in collector.entries {
            let key = EntryKey(entry.key)
            let old = digests[key]
            guard let value = entry.value else {
                if let old {
                    sum.remove(digest: old.bytes)
                    digests[key] = nil
                    changes.append(entry)
                }
                continue
            }
            let new = Self.digest(key: entry.key, value: value)
            if new == old { continue }
            if let old { sum.remove(digest: old.bytes) }
            sum.insert(digest: new.bytes)
            digests[key] = new
            changes.append(entry)
        }
        return changes
    }

    /// Blake2b-256 of the key's length, the key and the value.
    static func digest(key: [UInt8], value: [UInt8]) -> Hash256 {
        // libsodium's Blake2b (vectorized) gives the same bytes as `Hashing.Blake2b`, faster.
        var input: [UInt8] = []
        input.reserveCapacity(1 + key.count + value.count)
        input.append(UInt8(truncatingIfNeeded: key.count))
        input.append(contentsOf: key)
        input.append(contentsOf: value)
        var output = [UInt8](repeating: 0, count: 32)
        _ = LatticeHash.sodiumReady
        _ = crypto_generichash_blake2b(&output, 32, input, UInt64(input.count), nil, 0)
        return (try? Hash256(bytes: output)) ?? .zero
    }
}

/// A state key as a dictionary key, hashed as one block of bytes.
struct EntryKey: Hashable, Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// The entries a commit visits, in visiting order (later writes of a key win).
struct StateChangeCollector {
    var entries: [StateChange] = []

    mutating func put(_ key: [UInt8], _ value: [UInt8]?) {
        entries.append(StateChange(key: key, value: value))
    }

    /// Puts the chunks of rewritten rows (removing chunks past a row's new end) and the chunks
    /// edited in place in other rows.
    mutating func putRows(
        _ space: StateSpace, _ netuid: NetUID, rows: [Int], parts: Set<PartMark>,
        digests: [EntryKey: Hash256],
        chunk: (Int, Int) -> [UInt8], count: (Int) -> Int
    ) {
        for uid in rows {
            let chunks = StateLayout.chunkCount(count(uid))
            for index in 0..<chunks {
                put(StateKey.rowChunk(space, netuid, uid: uid, chunk: index), chunk(uid, index))
            }
            var stale = chunks
            while digests[EntryKey(StateKey.rowChunk(space, netuid, uid: uid, chunk: stale))] != nil {
                put(StateKey.rowChunk(space, netuid, uid: uid, chunk: stale), nil)
                stale += 1
            }
        }
        let rewritten = Set(rows)
        for mark in parts.sorted(by: { ($0.position, $0.part) < ($1.position, $1.part) })
        where !rewritten.contains(mark.position) && mark.part < StateLayout.chunkCount(count(mark.position)) {
            put(
                StateKey.rowChunk(space, netuid, uid: mark.position, chunk: mark.part),
                chunk(mark.position, mark.part))
        }
    }

    /// Removes every entry of subnet `netuid` among `keys`.
    mutating func removeSubnet(_ netuid: NetUID, among keys: some Sequence<[UInt8]>) {
        let spaces: Set<UInt8> = [
            StateSpace.subnet.rawValue, StateSpace.neuronPage.rawValue, StateSpace.weightsRow.rawValue,
            StateSpace.bondsRow.rawValue,
        ]
        let high = UInt8(truncatingIfNeeded: netuid >> 8)
        let low = UInt8(truncatingIfNeeded: netuid)
        for key in keys where key.count >= 3 && spaces.contains(key[0]) && key[1] == high && key[2] == low {
            put(key, nil)
        }
    }
}
