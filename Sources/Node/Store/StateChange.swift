/// One change to the state: set `key` to `value`, or delete `key` when `value` is `nil`.
public struct StateChange: Sendable, Equatable {
    /// The state key (opaque bytes chosen by the runtime's encoding).
    public var key: [UInt8]
    /// The new value, or `nil` to delete the entry.
    public var value: [UInt8]?

    /// A change that sets `key` to `value`, or deletes it when `value` is `nil`.
    public init(key: [UInt8], value: [UInt8]?) {
        self.key = key
        self.value = value
    }
}

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
