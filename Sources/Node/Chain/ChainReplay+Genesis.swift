import Runtime

extension ChainReplay {
    /// Compares the stored genesis block with the spec's: hash, then the state entries.
    static func checkGenesis(_ stored: StoredBlock, _ header: BlockHeader, _ entries: [StateChange])
        -> ReplayDivergence?
    {
        guard stored.hash == header.hash.bytes else {
            return .genesisHash(stored: ReplayDivergence.show(stored.hash), replayed: header.hash.description)
        }
        guard let difference = firstDifference(stored.stateChanges, entries) else { return nil }
        return .genesisState(
            key: ReplayDivergence.show(difference.key),
            stored: ReplayDivergence.showChange(difference.stored),
            replayed: ReplayDivergence.showChange(difference.replayed))
    }

    /// The smallest key whose final value differs between two lists of state changes (a later change
    /// of a key wins). The order of changes within a block carries no meaning, so it is not compared.
    static func firstDifference(_ stored: [StateChange], _ replayed: [StateChange]) -> (
        key: [UInt8], stored: [UInt8]??, replayed: [UInt8]??
    )? {
        if stored == replayed { return nil }
        let storedValues = finalValues(stored)
        let replayedValues = finalValues(replayed)
        if storedValues == replayedValues { return nil }
        let keys = Set(storedValues.keys).union(replayedValues.keys).sorted {
            $0.lexicographicallyPrecedes($1)
        }
        for key in keys where storedValues[key] != replayedValues[key] {
            return (key, storedValues[key], replayedValues[key])
        }
        return nil
    }

    private static func finalValues(_ changes: [StateChange]) -> [[UInt8]: [UInt8]?] {
        var values: [[UInt8]: [UInt8]?] = [:]
        values.reserveCapacity(changes.count)
        for change in changes { values[change.key] = .some(change.value) }
        return values
    }

    /// Compares the stored state table with every entry of the replayed state, key by key in order.
    static func compareStateTable(_ stored: [StateEntry], with state: inout ChainState, head: UInt64)
        -> ReplayDivergence?
    {
        var copy = state
        let replayed = StateCommitment.build(&copy).entries
        var expected: [[UInt8]: [UInt8]] = [:]
        expected.reserveCapacity(replayed.count)
        for entry in replayed { expected[entry.key] = entry.value }
        var seen = 0
        for entry in stored {
            let value = expected[entry.key] ?? nil
            guard value == entry.value else {
                return .stateTable(
                    head: head, key: ReplayDivergence.show(entry.key),
                    stored: ReplayDivergence.show(entry.value),
                    replayed: ReplayDivergence.show(value))
            }
            seen += 1
        }
        guard seen == expected.count else {
            let storedKeys = Set(stored.map(\.key))
            let missing = expected.keys.filter { !storedKeys.contains($0) }.min {
                $0.lexicographicallyPrecedes($1)
            }
            return .stateTable(
                head: head, key: ReplayDivergence.show(missing), stored: "absent",
                replayed: ReplayDivergence.show(missing.flatMap { expected[$0] ?? nil }))
        }
        return nil
    }

    /// The first index where two lists differ (the shorter count when one is a prefix of the other).
    static func firstMismatch<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] { return index }
        return min(a.count, b.count)
    }
}
