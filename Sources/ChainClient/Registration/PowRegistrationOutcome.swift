/// How a ``PowRegistration`` ended: the hotkey holds `uid` on `netuid`.
public struct PowRegistrationOutcome: Sendable, Equatable {
    /// The subnet.
    public var netuid: UInt16
    /// The uid the hotkey holds.
    public var uid: UInt16
    /// The hotkey, SS58.
    public var hotkey: String
    /// Whether the hotkey was registered already, so nothing was submitted.
    public var alreadyRegistered: Bool
    /// The block that included the registration (`nil` when already registered).
    public var blockNumber: UInt64?
    /// The registration extrinsic's hash (`nil` when already registered).
    public var extrinsicHash: String?
    /// The accepted seal (`nil` when already registered).
    public var solution: PowSolution?
    /// Seals submitted, including refused ones.
    public var submissions: Int
    /// Seals computed over all blocks.
    public var hashes: UInt64
    /// Time from start to outcome.
    public var elapsed: Duration

    /// An outcome.
    public init(
        netuid: UInt16, uid: UInt16, hotkey: String, alreadyRegistered: Bool, blockNumber: UInt64?,
        extrinsicHash: String?, solution: PowSolution?, submissions: Int, hashes: UInt64, elapsed: Duration
    ) {
        self.netuid = netuid
        self.uid = uid
        self.hotkey = hotkey
        self.alreadyRegistered = alreadyRegistered
        self.blockNumber = blockNumber
        self.extrinsicHash = extrinsicHash
        self.solution = solution
        self.submissions = submissions
        self.hashes = hashes
        self.elapsed = elapsed
    }
}
