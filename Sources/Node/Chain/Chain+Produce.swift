import ChainAPI
import Runtime

extension Chain {
    /// Seals the next block from the pool at `timestamp` (milliseconds; kept above the parent's),
    /// commits it to the store and announces it.
    @discardableResult
    public func produceBlock(timestamp: UInt64) async throws(NodeError) -> BlockHeader {
        if let haltReason { throw .halted(haltReason) }
        guard !producing else { throw .busy }
        producing = true
        defer { producing = false }
        let clock = ContinuousClock()
        let started = clock.now

        let candidates = pool.ready(maxCount: maxExtrinsicsPerBlock)
        let parent = head
        // The block executes on a copy of the state that is published only once the store has
        // committed it: the commit suspends the actor, and a reader served meanwhile must not see a
        // state that a crash during the commit would take back. (Only the containers the block
        // writes are copied.) The commitment is never read by others; it advances in place, and a
        // failed commit halts production anyway.
        var nextState = state
        let outcome = BlockExecutor.execute(
            candidates, parent: parent, timestamp: max(timestamp, parent.timestamp &+ 1), author: author,
            state: &nextState, commitment: &commitment)
        do {
            var block = Self.stored(outcome)
            block.stats = ChainViews.encodedBlockStats(nextState, block: outcome.header.number)
            try await store.commit(block)
        } catch {
            haltReason = error.description
            logger.critical("block commit failed; production halted", metadata: ["error": "\(error)"])
            throw .halted(error.description)
        }
        state = nextState
        head = outcome.header
        pool.removeIncluded(outcome.included.map(\.extrinsic))
        for (hash, error) in outcome.rejected {
            _ = pool.remove(hash)
            notify(hash, .invalid(error.description))
        }
        for hash in pool.revalidate(against: state) { notify(hash, .invalid("no longer valid")) }
        let blockHash = outcome.header.hash.description
        for included in outcome.included {
            notify(included.hash, .inBlock(blockHash))
            notify(included.hash, .finalized(blockHash))
        }
        lastBlockBuildSeconds = Self.seconds(clock.now - started)
        lastBlockExtrinsics = outcome.included.count
        lastBlockEpochs =
            outcome.events.filter { item in
                if case .emission(.epochRan) = item.event { return true }
                return false
            }.count
        heads.send(outcome.header)
        logger.debug(
            "sealed block",
            metadata: [
                "number": "\(outcome.header.number)", "extrinsics": "\(outcome.included.count)",
                "changes": "\(outcome.stateChanges.count)",
            ])
        return outcome.header
    }

    /// The store's record of an executed block.
    static func stored(_ outcome: BlockExecutor.Outcome) -> StoredBlock {
        let header = outcome.header
        let extrinsics = outcome.included.enumerated().map { index, included in
            StoredExtrinsic(
                index: UInt32(index), hash: included.hash.bytes, encoded: included.encoded,
                signer: included.extrinsic.signer.bytes, nonce: included.extrinsic.nonce,
                succeeded: included.succeeded, callName: CaseName.of(call: included.extrinsic.call))
        }
        let events = outcome.events.enumerated().map { index, item in
            StoredEvent(
                index: UInt32(index), extrinsicIndex: item.extrinsicIndex.map { UInt32($0) },
                name: EventDescription.name(of: item.event), encoded: item.event.encoded())
        }
        return StoredBlock(
            number: header.number, hash: header.hash.bytes, parentHash: header.parentHash.bytes,
            stateRoot: header.stateRoot.bytes, extrinsicsRoot: header.extrinsicsRoot.bytes,
            timestamp: header.timestamp, encodedHeader: header.encoded(capacity: BlockHeader.encodedSize),
            extrinsics: extrinsics, events: events,
            stateChanges: outcome.stateChanges.map { StateChange(key: $0.key, value: $0.value) })
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
