/// Executes one block on a state: the single definition of what a block does, shared by the node
/// that produces blocks and by anyone replaying stored blocks.
///
/// Initialize the block (registration adjustment, emission, epochs), apply each extrinsic in order
/// (an extrinsic the runtime refuses outright, such as a stale nonce, is left out of the block),
/// finalize, fold the writes into the state root, and seal the header.
public enum BlockExecutor {
    /// What executing a block produced.
    public struct Outcome: Sendable {
        /// The sealed header.
        public var header: BlockHeader
        /// The extrinsics in the block, in order, with their encodings and hashes.
        public var included: [IncludedExtrinsic]
        /// Extrinsics left out because the runtime refused them, with the reason.
        public var rejected: [(hash: Hash256, error: DispatchError)]
        /// Every event, with the index of the extrinsic that emitted it (`nil` for block
        /// initialization and finalization).
        public var events: [(event: Event, extrinsicIndex: Int?)]
        /// The state entries the block changed.
        public var stateChanges: [StateChange]
    }

    /// An extrinsic that made it into a block.
    public struct IncludedExtrinsic: Sendable {
        /// The extrinsic.
        public var extrinsic: SignedExtrinsic
        /// Its encoding.
        public var encoded: [UInt8]
        /// Blake2b-256 of the encoding.
        public var hash: Hash256
        /// Whether its call succeeded (a failed call still paid its fee).
        public var succeeded: Bool
    }

    /// Executes the block after `parent` holding `candidates` (those the runtime accepts), sealed at
    /// `timestamp` by `author`, advancing `state` and `commitment`.
    public static func execute(
        _ candidates: [SignedExtrinsic], parent: BlockHeader, timestamp: UInt64, author: AccountID,
        state: inout ChainState, commitment: inout StateCommitment
    ) -> Outcome {
        let number = parent.number &+ 1
        var events: [(event: Event, extrinsicIndex: Int?)] = []
        for event in Runtime.initializeBlock(number, parentHash: parent.hash.bytes, state: &state) {
            events.append((event, nil))
        }
        var included: [IncludedExtrinsic] = []
        included.reserveCapacity(candidates.count)
        var rejected: [(hash: Hash256, error: DispatchError)] = []
        for extrinsic in candidates {
            let encoded = extrinsic.encoded(capacity: 256)
            let hash = Hash256(blake2b256: encoded)
            do {
                let emitted = try Runtime.apply(extrinsic.extrinsic, to: &state)
                let index = included.count
                var succeeded = true
                if case .extrinsicFailed = emitted.last { succeeded = false }
                included.append(
                    IncludedExtrinsic(
                        extrinsic: extrinsic, encoded: encoded, hash: hash, succeeded: succeeded))
                for event in emitted { events.append((event, index)) }
            } catch {
                rejected.append((hash, error))
            }
        }
        for event in Runtime.finalizeBlock(state: &state) { events.append((event, nil)) }
        let stateChanges = commitment.commit(&state)
        let header = BlockHeader(
            number: number, parentHash: parent.hash, stateRoot: Self.root(commitment),
            extrinsicsRoot: ExtrinsicsRoot.compute(included.map(\.hash)), timestamp: timestamp, author: author
        )
        return Outcome(
            header: header, included: included, rejected: rejected, events: events, stateChanges: stateChanges
        )
    }

    /// The genesis header of `state` (block 0: no parent, no extrinsics, timestamp 0), its commitment
    /// and every state entry.
    public static func genesis(_ state: inout ChainState) -> (
        header: BlockHeader, commitment: StateCommitment, entries: [StateChange]
    ) {
        let (commitment, entries) = StateCommitment.build(&state)
        let header = BlockHeader(
            number: 0, parentHash: .zero, stateRoot: root(commitment),
            extrinsicsRoot: ExtrinsicsRoot.compute([]),
            timestamp: 0, author: AccountID(testSeed: 0))
        return (header, commitment, entries)
    }

    /// The commitment's root as a hash.
    public static func root(_ commitment: StateCommitment) -> Hash256 {
        (try? Hash256(bytes: commitment.root)) ?? .zero
    }
}
