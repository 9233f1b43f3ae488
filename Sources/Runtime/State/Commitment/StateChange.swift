/// One entry of the state written by a block: its key and new value, or `nil` when it was removed.
public struct StateChange: Sendable, Equatable {
    /// The entry's key (see ``StateSpace``).
    public var key: [UInt8]
    /// The new value in ``StateLayout``, or `nil` for a removal.
    public var value: [UInt8]?

    /// A change.
    public init(key: [UInt8], value: [UInt8]?) {
        self.key = key
        self.value = value
    }
}
