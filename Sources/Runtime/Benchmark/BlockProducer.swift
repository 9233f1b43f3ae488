import Hashing

/// Produces blocks from lists of extrinsics the way a node does, without a node: initialize, apply
/// each extrinsic (dropping invalid ones), finalize, fold the block's writes into the state root;
/// parent hashes are Blake2b-256 chained from the block numbers, so runs are reproducible.
public struct BlockProducer: Sendable {
    /// The chain state after the last produced block.
    public private(set) var state: ChainState
    /// Hash of the last produced block.
    public private(set) var lastHash: [UInt8]
    /// The state root after the last produced block.
    public var stateRoot: [UInt8] { commitment.root }
    /// The commitment kept up to date block by block.
    private var commitment: StateCommitment
    /// Next nonce of each signer this producer has seen.
    private var nonces: [AccountID: UInt64] = [:]

    /// A producer continuing from `state`.
    public init(state: ChainState) {
        var state = state
        self.commitment = StateCommitment(state: &state)
        self.state = state
        self.lastHash = Blake2b.hash256(Self.littleEndian(state.blockNumber))
    }

    /// What one block did.
    public struct BlockReport: Sendable {
        /// Extrinsics whose call succeeded.
        public var succeeded = 0
        /// Extrinsics whose call failed (fee and nonce applied).
        public var failed = 0
        /// Extrinsics refused before inclusion (bad nonce, cannot pay).
        public var invalid = 0
        /// Events emitted.
        public var events: [Event] = []
        /// State entries the block changed.
        public var stateChanges = 0
    }

    /// Produces the next block holding `calls`, each signed by its account with the next nonce.
    @discardableResult
    public mutating func produce(_ calls: [(signer: AccountID, call: Call)]) -> BlockReport {
        let number = state.blockNumber + 1
        var report = BlockReport()
        report.events = Runtime.initializeBlock(number, parentHash: lastHash, state: &state)
        for (signer, call) in calls {
            let nonce = nonces[signer] ?? state.account(signer).nonce
            do {
                let events = try Runtime.apply(
                    Extrinsic(signer: signer, nonce: nonce, call: call), to: &state)
                nonces[signer] = nonce + 1
                if case .extrinsicFailed = events.last { report.failed += 1 } else { report.succeeded += 1 }
                report.events += events
            } catch {
                report.invalid += 1
            }
        }
        report.events += Runtime.finalizeBlock(state: &state)
        report.stateChanges = commitment.commit(&state).count
        lastHash = Blake2b.hash256(lastHash + Self.littleEndian(number))
        return report
    }

    /// Produces `count` empty blocks.
    public mutating func advance(_ count: Int) {
        for _ in 0..<count { produce([]) }
    }

    private static func littleEndian(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
}
