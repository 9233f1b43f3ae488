/// The `key=value` words of a call line, read one key at a time; keys never read are unknown keys.
struct ScenarioArguments {
    /// The call's name, for messages.
    let call: String
    /// Names for account values.
    let names: ScenarioNames
    private var values: [String: String] = [:]
    private var order: [String] = []
    private(set) var read: [String] = []

    /// Splits `words` into keys and values.
    init(_ words: [Substring], call: String, names: ScenarioNames) throws(ScenarioProblem) {
        self.call = call
        self.names = names
        for word in words {
            guard let equals = word.firstIndex(of: "="), equals != word.startIndex else {
                throw .notKeyValue(String(word))
            }
            let key = String(word[..<equals])
            guard values[key] == nil else { throw .duplicateKey(key) }
            values[key] = String(word[word.index(after: equals)...])
            order.append(key)
        }
    }

    /// Every key given, in order.
    var keys: [String] { order }

    /// Whether `key` was given.
    func has(_ key: String) -> Bool { values[key] != nil }

    /// The raw text of `key`, or a missing-key error.
    mutating func text(_ key: String) throws(ScenarioProblem) -> String {
        read.append(key)
        guard let value = values[key] else { throw .missingKey(key, call: call) }
        return value
    }

    /// An unsigned integer of type `T`.
    mutating func integer<T: FixedWidthInteger & UnsignedInteger>(_ key: String, as type: T.Type = T.self)
        throws(ScenarioProblem) -> T
    {
        try ScenarioValues.integer(try text(key), key: key)
    }

    /// An unsigned integer, or `fallback` when absent.
    mutating func integer<T: FixedWidthInteger & UnsignedInteger>(_ key: String, default fallback: T)
        throws(ScenarioProblem) -> T
    {
        has(key)
            ? try integer(key)
            : {
                read.append(key); return fallback
            }()
    }

    /// An amount: rao, or τ with a `τ`/`tao` suffix.
    mutating func amount(_ key: String) throws(ScenarioProblem) -> Rao {
        try ScenarioValues.amount(try text(key), key: key)
    }

    /// An account name or hex id.
    mutating func account(_ key: String) throws(ScenarioProblem) -> AccountID {
        let word = try text(key)
        guard let account = names.resolve(word) else { throw .unknownAccount(word) }
        return account
    }

    /// An account, or `fallback` when absent.
    mutating func account(_ key: String, default fallback: AccountID) throws(ScenarioProblem) -> AccountID {
        has(key)
            ? try account(key)
            : {
                read.append(key); return fallback
            }()
    }

    /// A comma-separated list of integers.
    mutating func integers<T: FixedWidthInteger & UnsignedInteger>(_ key: String, as type: T.Type = T.self)
        throws(ScenarioProblem) -> [T]
    {
        let value = try text(key)
        guard !value.isEmpty else { return [] }
        var result: [T] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            result.append(try ScenarioValues.integer(String(part), key: key))
        }
        return result
    }

    /// A comma-separated list of amounts.
    mutating func amounts(_ key: String) throws(ScenarioProblem) -> [Rao] {
        let value = try text(key)
        guard !value.isEmpty else { return [] }
        var result: [Rao] = []
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
            result.append(try ScenarioValues.amount(String(part), key: key))
        }
        return result
    }

    /// Throws for the first key that was given but never read.
    func checkAllRead(allowed: [String]) throws(ScenarioProblem) {
        for key in order where !read.contains(key) {
            throw .unknownKey(key, call: call, keys: allowed)
        }
    }
}
