/// The last committed block: where a restarted node resumes.
public struct StoreHead: Sendable, Equatable {
    /// The number of the last committed block.
    public var number: UInt64
    /// The 32-byte hash of the last committed block.
    public var hash: [UInt8]
    /// The 32-byte state root after the last committed block.
    public var stateRoot: [UInt8]

    /// A head from its fields.
    public init(number: UInt64, hash: [UInt8], stateRoot: [UInt8]) {
        self.number = number
        self.hash = hash
        self.stateRoot = stateRoot
    }
}
