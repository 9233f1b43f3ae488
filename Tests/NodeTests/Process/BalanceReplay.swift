import Node
import Runtime

/// Re-executes a node's stored blocks in the test, block by block, to learn each account's balance
/// after any block: the check that a balance the node reported belongs to its committed history.
struct BalanceReplay {
    /// Why a balance check failed.
    struct Mismatch: Error, CustomStringConvertible {
        /// What differs.
        var description: String
    }

    private var state: ChainState
    private var commitment: StateCommitment
    private var parent: BlockHeader

    /// A replay at the genesis of `spec`.
    init(spec: ChainSpec) {
        var state = spec.genesis.state()
        let genesis = BlockExecutor.genesis(&state)
        self.state = state
        self.commitment = genesis.commitment
        self.parent = genesis.header
    }

    /// The block the replay has reached.
    var number: UInt64 { parent.number }

    /// Replays stored blocks up to the highest observed block (or the stored head), checking each
    /// observation at the block it names; observations must be ordered by block.
    mutating func check(_ observations: [CrashLedger.BalanceObservation], store: BlockStore) async throws {
        var pending = observations.filter { $0.block >= number }.sorted { $0.block < $1.block }[...]
        while let first = pending.first, first.block == number {
            try expect(first)
            pending = pending.dropFirst()
        }
        while let first = pending.first {
            guard let stored = try await store.block(number: number + 1) else {
                throw Mismatch(description: "block \(number + 1) is not stored, but a balance was read at block \(first.block)")
            }
            let header = try BlockHeader(decoding: stored.encodedHeader)
            let extrinsics = try stored.extrinsics.map { try SignedExtrinsic(decoding: $0.encoded) }
            let outcome = BlockExecutor.execute(
                extrinsics, parent: parent, timestamp: header.timestamp, author: header.author, state: &state,
                commitment: &commitment)
            guard outcome.header.hash.bytes == stored.hash else {
                throw Mismatch(description: "block \(stored.number) does not re-execute to its stored hash")
            }
            parent = outcome.header
            while let next = pending.first, next.block == number {
                try expect(next)
                pending = pending.dropFirst()
            }
        }
    }

    private func expect(_ observation: CrashLedger.BalanceObservation) throws {
        let free = state.account(observation.account).free
        guard free == observation.free else {
            throw Mismatch(
                description: "the node reported \(observation.free) rao for \(observation.account) at block "
                    + "\(observation.block), but the committed chain has \(free) there")
        }
    }
}
