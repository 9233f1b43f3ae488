import Foundation

/// Where a local network keeps its files: one directory holding the chain database, the explorer's
/// index, the dev wallets, the logs and the state file that `status` and `stop` read.
public struct LocalnetLayout: Sendable, Equatable {
    /// The localnet directory.
    public let root: String

    /// A layout rooted at `root` (made absolute and standardized).
    public init(root: String) {
        let url = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL
        self.root = url.path
    }

    /// `~/.yuma/localnet`, or `$YUMA_LOCALNET_DIR` when set.
    public static func defaultRoot(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let dir = environment["YUMA_LOCALNET_DIR"], !dir.isEmpty { return dir }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.yuma/localnet"
    }

    /// The node's database directory.
    public var chainPath: String { root + "/chain" }
    /// The explorer's SQLite index.
    public var explorerDatabase: String { root + "/explorer.sqlite" }
    /// Wallets of the scaffolded neurons (Bittensor layout).
    public var walletsPath: String { root + "/wallets" }
    /// Model files the miners load (the trained n-gram model).
    public var modelsPath: String { root + "/models" }
    /// One log file per process.
    public var logsPath: String { root + "/logs" }
    /// The supervisor's state, rewritten on every change.
    public var stateFile: String { root + "/state.json" }
    /// The supervisor's pid while it runs.
    public var pidFile: String { root + "/supervisor.pid" }

    /// The log file of process `name`.
    public func logFile(_ name: String) -> String { logsPath + "/\(name).log" }

    /// Creates the directories that must exist before anything starts.
    public func prepare() throws(LocalnetError) {
        for dir in [root, logsPath, walletsPath, modelsPath] {
            do {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            } catch {
                throw LocalnetError("cannot create \(dir): \(error.localizedDescription)")
            }
        }
    }
}
