import Runtime

// The store persists the runtime's `StateChange` values (key and new value, `nil` for a removal).

/// One entry of the stored state.
public struct StateEntry: Sendable, Equatable {
    /// The state key.
    public var key: [UInt8]
    /// The value stored under the key.
    public var value: [UInt8]

    /// An entry from its key and value.
    public init(key: [UInt8], value: [UInt8]) {
        self.key = key
        self.value = value
    }
}
