import Runtime

/// Re-execution of one stored block.
enum BlockReplay {
    /// Decodes `stored`, checks its signatures, executes it after `parent` with its own timestamp and
    /// author, and compares everything with what was stored. Returns the replayed header, or the
    /// first divergence.
    static func replay(
        _ stored: StoredBlock, parent: BlockHeader, genesisHash: Hash256, checksSignatures: Bool,
        state: inout ChainState, commitment: inout StateCommitment
    ) async -> (header: BlockHeader, divergence: ReplayDivergence?) {
        let number = stored.number
        let storedHeader: BlockHeader
        do {
            storedHeader = try BlockHeader(decoding: stored.encodedHeader)
        } catch {
            return (parent, .corruptHeader(block: number, reason: error.description))
        }
        guard storedHeader.hash.bytes == stored.hash else {
            return (
                parent,
                .corruptHeader(block: number, reason: "the stored hash is not the hash of the stored header")
            )
        }
        var extrinsics: [SignedExtrinsic] = []
        extrinsics.reserveCapacity(stored.extrinsics.count)
        for (index, record) in stored.extrinsics.enumerated() {
            do {
                extrinsics.append(try SignedExtrinsic(decoding: record.encoded))
            } catch {
                return (parent, .undecodableExtrinsic(block: number, index: index, reason: error.description))
            }
        }
        if checksSignatures,
            let index = await ReplaySignatures.firstInvalid(extrinsics, genesisHash: genesisHash)
        {
            return (
                parent, .badSignature(block: number, index: index, hash: show(stored.extrinsics[index].hash))
            )
        }
        let outcome = BlockExecutor.execute(
            extrinsics, parent: parent, timestamp: storedHeader.timestamp, author: storedHeader.author,
            state: &state, commitment: &commitment)
        if let divergence = compare(stored, storedHeader, outcome) { return (outcome.header, divergence) }
        return (outcome.header, nil)
    }

    /// The first difference between the stored block and its re-execution, most specific first:
    /// refused extrinsics, call outcomes, state changes, header fields, events.
    static func compare(_ stored: StoredBlock, _ storedHeader: BlockHeader, _ outcome: BlockExecutor.Outcome)
        -> ReplayDivergence?
    {
        let number = stored.number
        if let (hash, error) = outcome.rejected.first {
            let index = stored.extrinsics.firstIndex { $0.hash == hash.bytes } ?? -1
            return .extrinsicRejected(
                block: number, index: index, hash: hash.description, error: error.description)
        }
        for (index, included) in outcome.included.enumerated()
        where included.succeeded != stored.extrinsics[index].succeeded {
            return .extrinsicOutcome(
                block: number, index: index, hash: included.hash.description,
                stored: stored.extrinsics[index].succeeded,
                replayed: included.succeeded)
        }
        if let divergence = compareStateChanges(stored, outcome.stateChanges) { return divergence }
        let replayed = outcome.header
        let fields: [(String, Hash256, Hash256)] = [
            ("state root", storedHeader.stateRoot, replayed.stateRoot),
            ("extrinsics root", storedHeader.extrinsicsRoot, replayed.extrinsicsRoot),
            ("parent hash", storedHeader.parentHash, replayed.parentHash),
            ("block hash", storedHeader.hash, replayed.hash),
        ]
        for (field, storedValue, replayedValue) in fields where storedValue != replayedValue {
            return .headerField(
                block: number, field: field, stored: storedValue.description,
                replayed: replayedValue.description)
        }
        return compareEvents(stored, outcome.events.map(\.event))
    }

    static func compareStateChanges(_ stored: StoredBlock, _ replayed: [StateChange]) -> ReplayDivergence? {
        guard let difference = ChainReplay.firstDifference(stored.stateChanges, replayed) else { return nil }
        return .stateChange(
            block: stored.number, key: show(difference.key),
            stored: ReplayDivergence.showChange(difference.stored),
            replayed: ReplayDivergence.showChange(difference.replayed))
    }

    static func compareEvents(_ stored: StoredBlock, _ replayed: [Event]) -> ReplayDivergence? {
        let storedBytes = stored.events.map(\.encoded)
        let replayedBytes = replayed.map { $0.encoded() }
        guard storedBytes != replayedBytes else { return nil }
        let position = ChainReplay.firstMismatch(storedBytes, replayedBytes)
        let storedName = stored.events.indices.contains(position) ? stored.events[position].name : "nothing"
        let replayedName =
            replayed.indices.contains(position) ? EventDescription.name(of: replayed[position]) : "nothing"
        return .event(block: stored.number, position: position, stored: storedName, replayed: replayedName)
    }

    private static func show(_ bytes: [UInt8]?) -> String { ReplayDivergence.show(bytes) }
}
