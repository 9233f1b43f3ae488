/// A dictionary that remembers which keys were written since the last ``takeTouched()``.
///
/// The chain state keeps its maps in this type so that the state commitment and the node's store
/// learn what a block changed without comparing whole maps: the cost of committing a block follows
/// what it wrote, not the size of the state. Reading never marks a key; any write through a
/// subscript marks it, even one that stores the value already there (the commitment then finds the
/// value unchanged and skips it).
public struct TrackedMap<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The entries.
    public private(set) var storage: [Key: Value]
    /// Keys written since the last ``takeTouched()``.
    public private(set) var touched: Set<Key> = []

    /// An empty map.
    public init() { storage = [:] }

    /// A map holding `entries`, with every key marked as touched.
    public init(_ entries: [Key: Value]) {
        storage = entries
        touched = Set(entries.keys)
    }

    /// The value stored for `key`; setting marks the key.
    public subscript(key: Key) -> Value? {
        get { storage[key] }
        _modify {
            touched.insert(key)
            yield &storage[key]
        }
        set {
            touched.insert(key)
            storage[key] = newValue
        }
    }

    /// The value stored for `key`, or `defaultValue`; writing stores the result and marks the key.
    public subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { storage[key] ?? defaultValue() }
        _modify {
            touched.insert(key)
            yield &storage[key, default: defaultValue()]
        }
    }

    /// Removes and returns the value for `key`, marking it.
    @discardableResult
    public mutating func removeValue(forKey key: Key) -> Value? {
        touched.insert(key)
        return storage.removeValue(forKey: key)
    }

    /// The keys, in no particular order.
    public var keys: Dictionary<Key, Value>.Keys { storage.keys }
    /// The values, in no particular order.
    public var values: Dictionary<Key, Value>.Values { storage.values }
    /// The number of entries.
    public var count: Int { storage.count }
    /// Whether the map is empty.
    public var isEmpty: Bool { storage.isEmpty }

    /// A dictionary with the same keys and `transform` of each value.
    public func mapValues<T>(_ transform: (Value) throws -> T) rethrows -> [Key: T] {
        try storage.mapValues(transform)
    }

    /// Returns the keys written since the last call and forgets them.
    public mutating func takeTouched() -> Set<Key> {
        defer { touched = [] }
        return touched
    }

    /// Runs `body` on the value for `key` without marking the key (for bookkeeping that is not a
    /// state change, such as draining a nested column's marks).
    mutating func updateUntracked<R>(_ key: Key, _ body: (inout Value) -> R) -> R? {
        Self.modify(&storage[key], body)
    }

    /// Applies `body` to the wrapped value of `slot` in place, keeping it uniquely referenced.
    private static func modify<R>(_ slot: inout Value?, _ body: (inout Value) -> R) -> R? {
        guard var value = slot else { return nil }
        slot = nil
        defer { slot = value }
        return body(&value)
    }

    /// Marks every key as written (after a bulk load, to commit everything).
    public mutating func touchAll() { touched = Set(storage.keys) }
}

extension TrackedMap: Sequence {
    /// Iterates the entries in no particular order.
    public func makeIterator() -> Dictionary<Key, Value>.Iterator { storage.makeIterator() }
}

extension TrackedMap: ExpressibleByDictionaryLiteral {
    /// A map from a literal, every key marked.
    public init(dictionaryLiteral elements: (Key, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TrackedMap: Equatable where Value: Equatable {
    /// Maps are equal when their entries are; what was touched does not matter.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.storage == rhs.storage }
}
