/// A Bittensor wallet on disk: `<root>/<name>/coldkey`, `coldkeypub.txt` and `hotkeys/<hotkey>`
/// (plus `hotkeys/<hotkey>pub.txt`), read and written exactly as Bittensor's wallet does.
public struct Wallet: Sendable, Hashable, CustomStringConvertible {
    /// The wallet name used when none is given.
    public static let defaultName = "default"
    /// The hotkey name used when none is given.
    public static let defaultHotkey = "default"
    /// The wallet root below the home directory.
    public static let defaultRootBelowHome = ".bittensor/wallets"

    /// The wallet's name: its folder below the root.
    public let name: String
    /// The hotkey this value reads and writes.
    public let hotkey: String
    /// The absolute folder that holds wallets (`~` already expanded).
    public let root: String
    /// Argon2i parameters for `$NACL` files; always Bittensor's outside unit tests.
    let keyDerivation: KeyDerivation

    /// A wallet `name` with hotkey `hotkey` under `root` (default `~/.bittensor/wallets`); a leading `~`
    /// expands to the home directory. Nothing is read or written yet.
    public init(name: String = defaultName, hotkey: String = defaultHotkey, root: String? = nil)
        throws(WalletError)
    {
        try self.init(name: name, hotkey: hotkey, root: root, keyDerivation: .bittensor)
    }

    /// A wallet with explicit Argon2i parameters (tests use cheap ones).
    init(name: String, hotkey: String, root: String?, keyDerivation: KeyDerivation) throws(WalletError) {
        try Self.validate(name, kind: "wallet")
        try Self.validate(hotkey, kind: "hotkey")
        self.name = name
        self.hotkey = hotkey
        self.root = try Self.expand(root ?? "~/" + Self.defaultRootBelowHome)
        self.keyDerivation = keyDerivation
    }

    /// The same wallet with another hotkey selected.
    public func selectingHotkey(_ hotkey: String) throws(WalletError) -> Wallet {
        try Wallet(name: name, hotkey: hotkey, root: root, keyDerivation: keyDerivation)
    }

    /// The default root: `$BT_WALLET_PATH` if set, else `~/.bittensor/wallets`, expanded.
    public static func defaultRoot(environment: [String: String]? = nil) throws(WalletError) -> String {
        let configured = environment.map { $0["BT_WALLET_PATH"] } ?? processEnvironmentValue("BT_WALLET_PATH")
        return try expand(configured ?? "~/" + defaultRootBelowHome)
    }

    /// `path` with a leading `~` replaced by the home directory and any trailing `/` removed.
    static func expand(_ path: String) throws(WalletError) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/") {
            guard let home = homeDirectory() else { throw .noHomeDirectory }
            expanded = home + path.dropFirst()
        }
        while expanded.count > 1 && expanded.hasSuffix("/") { expanded.removeLast() }
        return expanded
    }

    /// Throws unless `name` can be a single path component.
    static func validate(_ name: String, kind: String) throws(WalletError) {
        guard !name.isEmpty, name != ".", name != "..", !name.contains("/"), !name.contains("\0") else {
            throw .invalidName(name, kind: kind)
        }
    }

    /// The name, hotkey and folder.
    public var description: String { "Wallet(name: \(name), hotkey: \(hotkey), path: \(directory))" }
}
