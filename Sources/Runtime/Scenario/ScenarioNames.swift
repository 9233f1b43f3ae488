import Hashing

/// Account names a script may use: the dev accounts (`alice`, `//Alice`, …) and the names declared
/// by `account NAME 0x…` lines; also how reports name accounts.
public struct ScenarioNames: Sendable, Equatable {
    /// Lowercase name → account.
    public private(set) var accounts: [String: AccountID]
    /// Account → the name reports show.
    public private(set) var names: [AccountID: String]

    /// The six dev accounts.
    public init() {
        accounts = [:]
        names = [:]
        for (name, account) in DevAccounts.all { declare(name.lowercased(), account) }
    }

    /// Adds or replaces a name.
    public mutating func declare(_ name: String, _ account: AccountID) {
        accounts[name.lowercased()] = account
        names[account] = name.lowercased()
    }

    /// The account a word names: a declared or dev name (case-insensitive), `//Name` of a dev
    /// account, or `0x` followed by 64 hex digits.
    public func resolve(_ word: String) -> AccountID? {
        if word.hasPrefix("0x") { return try? AccountID(hex: word) }
        let name = word.hasPrefix("//") ? String(word.dropFirst(2)) : word
        return accounts[name.lowercased()]
    }

    /// The account `account NAME` declares without hex: blake2b-256 of `scenario:` + the lowercase name.
    /// Nobody holds its private key; the runner needs none.
    public static func madeUp(_ name: String) -> AccountID {
        (try? AccountID(bytes: Blake2b.hash256(Array("scenario:\(name.lowercased())".utf8))))
            ?? AccountID(testSeed: 0)
    }

    /// The report name of an account: its name, or `0x1234…abcd`.
    public func short(_ account: AccountID) -> String {
        if let name = names[account] { return name }
        let hex = account.description
        return "\(hex.prefix(6))…\(hex.suffix(4))"
    }
}
