import Keys
import Runtime

/// Registers a hotkey on a subnet by proof of work through a node: follows new heads, solves on
/// each new block, submits `register` when solved, waits for inclusion and reports the uid or the
/// chain's error.
///
/// The chain only accepts work on one of its last three blocks (`current − 3 < block ≤ current`,
/// where `current` is the block that executes the call), so the solver restarts on every new head
/// and a seal is submitted only while it can still be accepted. The difficulty is read again on
/// every block. In Finney the call must be signed by the hotkey, which therefore pays the fee.
public struct PowRegistration<Transport: RPCSubscriptionTransport>: Sendable {
    /// How many blocks a seal stays valid: the runtime's `workBlockWindow`.
    public static var workBlockWindow: UInt64 { 3 }

    /// The node.
    public var client: ChainClient<Transport>
    /// The subnet to join.
    public var netuid: UInt16
    /// The hotkey to register; it signs the call.
    public var hotkey: KeyPair
    /// The coldkey that will own the hotkey.
    public var coldkey: AccountID
    /// The chain's era, which decides the seal rule.
    public var era: Era
    /// The solver.
    public var solver: PowSolver
    /// Seals submitted before giving up on retryable refusals (stale block, changed difficulty, …).
    public var maxSubmissions: Int
    /// How long to wait for a submitted registration to be included.
    public var inclusionTimeout: Duration

    /// A registration of `hotkey` for `coldkey` on `netuid`.
    public init(
        client: ChainClient<Transport>, netuid: UInt16, hotkey: KeyPair, coldkey: AccountID, era: Era,
        solver: PowSolver = PowSolver(), maxSubmissions: Int = 3, inclusionTimeout: Duration = .seconds(60)
    ) {
        self.client = client
        self.netuid = netuid
        self.hotkey = hotkey
        self.coldkey = coldkey
        self.era = era
        self.solver = solver
        self.maxSubmissions = max(1, maxSubmissions)
        self.inclusionTimeout = inclusionTimeout
    }

    /// Whether work on block `workBlock` can still be accepted when the head is `head` (the call
    /// runs in block `head + 1` at the earliest).
    public static func accepts(workBlock: UInt64, head: UInt64) -> Bool {
        workBlock <= head + 1 && head + 1 - workBlock < workBlockWindow
    }
}
