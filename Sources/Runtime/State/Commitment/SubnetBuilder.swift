/// A column page's position.
struct PageKey: Hashable {
    var column: NeuronColumn
    var page: Int
}

/// A row chunk's position.
struct RowChunk: Hashable {
    var uid: Int
    var chunk: Int
}

/// Collects a subnet's header, pages and rows while restoring, then assembles the subnets.
struct SubnetBuilder {
    var headers: [NetUID: (Subnet, neuronCount: Int)] = [:]
    var pages: [NetUID: [PageKey: StateLayout.PageCells]] = [:]
    var weights: [NetUID: [RowChunk: [WeightEntry]]] = [:]
    var bonds: [NetUID: [RowChunk: [BondEntry]]] = [:]

    func build() throws(StateRestoreError) -> [NetUID: Subnet] {
        var result: [NetUID: Subnet] = [:]
        for (netuid, (header, count)) in headers {
            var subnet = header
            subnet.neurons = try table(netuid, count: count)
            result[netuid] = subnet
        }
        let orphans = Set(pages.keys).union(weights.keys).union(bonds.keys).subtracting(headers.keys)
        if let orphan = orphans.first {
            throw .inconsistentSubnet(orphan, "neuron entries without a subnet entry")
        }
        return result
    }

    private func table(_ netuid: NetUID, count: Int) throws(StateRestoreError) -> NeuronTable {
        var table = NeuronTable()
        let pageCount = (count + StateLayout.pageSize - 1) / StateLayout.pageSize
        let cells = pages[netuid] ?? [:]
        for page in 0..<pageCount {
            let expected = StateLayout.range(ofPage: page, count: count).count
            for column in NeuronColumn.allCases {
                guard let found = cells[PageKey(column: column, page: page)] else {
                    throw .inconsistentSubnet(netuid, "page \(page) of \(column) is missing")
                }
                guard table.appendCells(found) == expected else {
                    throw .inconsistentSubnet(
                        netuid, "page \(page) of \(column) does not hold \(expected) uids")
                }
            }
        }
        let weightRows = try Self.rows(weights[netuid] ?? [:], count: count, netuid: netuid)
        let bondRows = try Self.rows(bonds[netuid] ?? [:], count: count, netuid: netuid)
        for uid in 0..<count {
            table.weights.append(weightRows[uid])
            table.bonds.append(bondRows[uid])
        }
        guard table.isConsistent else { throw .inconsistentSubnet(netuid, "columns of different lengths") }
        return table
    }
}

extension SubnetBuilder {
    /// Joins row chunks into `count` rows; chunks must be full except the last of a row, and
    /// numbered from zero without gaps.
    static func rows<Entry>(_ chunks: [RowChunk: [Entry]], count: Int, netuid: NetUID)
        throws(StateRestoreError)
        -> [[Entry]]
    {
        var rows = Array(repeating: [Entry](), count: count)
        var chunkCounts = Array(repeating: 0, count: count)
        for key in chunks.keys {
            guard key.uid < count else {
                throw .inconsistentSubnet(
                    netuid, "a row chunk of uid \(key.uid), past the neuron count \(count)")
            }
            chunkCounts[key.uid] += 1
        }
        for uid in 0..<count where chunkCounts[uid] > 0 {
            for index in 0..<chunkCounts[uid] {
                guard let entries = chunks[RowChunk(uid: uid, chunk: index)] else {
                    throw .inconsistentSubnet(netuid, "row \(uid) is missing chunk \(index)")
                }
                let isLast = index == chunkCounts[uid] - 1
                guard
                    isLast
                        ? !entries.isEmpty && entries.count <= StateLayout.rowChunkSize
                        : entries.count == StateLayout.rowChunkSize
                else {
                    throw .inconsistentSubnet(
                        netuid, "row \(uid) chunk \(index) has \(entries.count) entries")
                }
                rows[uid] += entries
            }
        }
        return rows
    }
}

extension NeuronTable {
    /// Appends restored cells to their column; returns how many.
    mutating func appendCells(_ cells: StateLayout.PageCells) -> Int {
        switch cells {
        case .hotkeys(let values):
            for hotkey in values {
                uidOfHotkey[hotkey] = UID(truncatingIfNeeded: hotkeys.count)
                hotkeys.append(hotkey)
            }
            return values.count
        case .registrationBlocks(let values):
            for value in values { blockAtRegistration.append(value) }
            return values.count
        case .lastUpdates(let values):
            for value in values { lastUpdate.append(value) }
            return values.count
        case .flags(let values):
            for value in values { validatorPermit.append(value) }
            return values.count
        case .axons(let values):
            for value in values { axons.append(value) }
            return values.count
        case .prometheus(let values):
            for value in values { prometheus.append(value) }
            return values.count
        case .terms(let values):
            for value in values { terms.append(value) }
            return values.count
        }
    }

    /// Whether every column has one cell per uid.
    var isConsistent: Bool {
        let n = hotkeys.count
        return [
            blockAtRegistration.count, lastUpdate.count, validatorPermit.count, axons.count, prometheus.count,
            terms.count, weights.count, bonds.count, uidOfHotkey.count,
        ].allSatisfy { $0 == n }
    }
}
