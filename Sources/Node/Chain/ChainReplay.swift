import Foundation
import Runtime

/// Re-executes a stored chain from the genesis of its chain spec and checks that every block is
/// exactly what ``BlockExecutor`` produces: every extrinsic accepted with the same outcome, the same
/// state changes and events, the same header hash (so the same state and extrinsics roots), and at
/// the end a state table equal to the replayed state.
///
/// The replay reads one snapshot of the head and the state table, then walks blocks 1…head with the
/// next block read while the current one executes. It only reads the store, so it can run against
/// the database of a running node.
public struct ChainReplay: Sendable {
    /// The chain spec whose genesis the replay starts from.
    public let spec: ChainSpec
    /// The store to verify.
    public let store: BlockStore
    /// Whether extrinsic signatures are verified again (on all cores).
    public var checksSignatures: Bool

    /// A replay of `store` against `spec`.
    public init(spec: ChainSpec, store: BlockStore, checksSignatures: Bool = true) {
        self.spec = spec
        self.store = store
        self.checksSignatures = checksSignatures
    }

    /// Opens the database of the node at `basePath`, replays it and closes it.
    public static func verify(basePath: String, spec: ChainSpec, checksSignatures: Bool = true)
        async throws(ReplayError) -> ReplayReport
    {
        let path = NodeConfiguration(chain: spec, basePath: basePath).databasePath
        guard FileManager.default.fileExists(atPath: path) else { throw .empty(path) }
        let store: BlockStore
        do {
            store = try BlockStore(path: path)
        } catch {
            throw .store(error.description)
        }
        let result: Result<ReplayReport, ReplayError>
        do {
            result = .success(
                try await ChainReplay(spec: spec, store: store, checksSignatures: checksSignatures).run())
        } catch {
            result = .failure(error)
        }
        try? store.close()
        return try result.get()
    }

    /// Replays every stored block and returns what was verified and the first divergence.
    public func run() async throws(ReplayError) -> ReplayReport {
        let clock = ContinuousClock()
        let started = clock.now
        var report = try await replay()
        report.seconds = Chain.seconds(clock.now - started)
        return report
    }

    private func replay() async throws(ReplayError) -> ReplayReport {
        let snapshot: (head: StoreHead?, entries: [StateEntry])
        do {
            snapshot = try await store.stateSnapshot()
        } catch {
            throw .store(error.description)
        }
        guard let head = snapshot.head else { throw .empty(store.path) }
        var report = ReplayReport(
            head: head.number, blocksVerified: 0, extrinsicsVerified: 0, seconds: 0, divergence: nil)

        var state = spec.genesis.state()
        let genesis = BlockExecutor.genesis(&state)
        var commitment = genesis.commitment
        guard let storedGenesis = try await fetch(0).get() else {
            report.divergence = .missingBlock(0)
            return report
        }
        if let divergence = Self.checkGenesis(storedGenesis, genesis.header, genesis.entries) {
            report.divergence = divergence
            return report
        }
        var parent = genesis.header
        var pending = head.number >= 1 ? prefetch(1) : nil
        var number: UInt64 = 1
        while let task = pending {
            let fetched = try await task.value.get()
            pending = number < head.number ? prefetch(number + 1) : nil
            guard let stored = fetched else {
                pending?.cancel()
                report.divergence = .missingBlock(number)
                return report
            }
            let step = await BlockReplay.replay(
                stored, parent: parent, genesisHash: genesis.header.hash, checksSignatures: checksSignatures,
                state: &state, commitment: &commitment)
            if let divergence = step.divergence {
                pending?.cancel()
                report.divergence = divergence
                return report
            }
            parent = step.header
            report.blocksVerified += 1
            report.extrinsicsVerified += stored.extrinsics.count
            number += 1
        }
        report.divergence = Self.compareStateTable(snapshot.entries, with: &state, head: head.number)
        return report
    }

    private func fetch(_ number: UInt64) async -> Result<StoredBlock?, ReplayError> {
        do {
            return .success(try await store.block(number: number))
        } catch {
            return .failure(.store(error.description))
        }
    }

    private func prefetch(_ number: UInt64) -> Task<Result<StoredBlock?, ReplayError>, Never> {
        Task { await fetch(number) }
    }
}
