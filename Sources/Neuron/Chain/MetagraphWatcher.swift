import ChainAPI
import ChainClient
import Logging

/// Keeps a recent copy of a subnet's metagraph: who is registered (for the axon's blacklist), their
/// stake (for its priority) and their axons (for the validator's queries).
public actor MetagraphWatcher {
    /// The node.
    public let client: HTTPChainClient
    /// The subnet.
    public let netuid: UInt16
    /// The registered hotkeys, shared with an axon's blacklist.
    public nonisolated let registered = RegisteredHotkeys()
    /// The latest metagraph, `nil` before the first refresh.
    public private(set) var metagraph: MetagraphView?
    private var stakeByHotkey: [String: UInt64] = [:]
    let logger: Logger

    /// A watcher of `netuid` on the node behind `client`.
    public init(client: HTTPChainClient, netuid: UInt16, logger: Logger = Logger(label: "yuma.metagraph")) {
        self.client = client
        self.netuid = netuid
        self.logger = logger
    }

    /// Reads the metagraph now.
    @discardableResult
    public func refresh() async throws(RPCClientError) -> MetagraphView {
        let view = try await client.metagraph(netuid)
        metagraph = view
        registered.replace(with: view.hotkeys)
        stakeByHotkey = Dictionary(zip(view.hotkeys, view.stake), uniquingKeysWith: { first, _ in first })
        return view
    }

    /// The stake on `hotkey` in rao, 0 when it is not registered.
    public func stake(of hotkey: String) -> UInt64 { stakeByHotkey[hotkey] ?? 0 }

    /// The uid of `hotkey`, `nil` when it is not registered.
    public func uid(of hotkey: String) -> UInt16? {
        metagraph?.hotkeys.firstIndex(of: hotkey).map { UInt16(clamping: $0) }
    }

    /// Refreshes every `interval` until cancelled; a failed read is logged and retried next time.
    public func run(every interval: Duration) async {
        while !Task.isCancelled {
            do {
                try await refresh()
            } catch {
                logger.warning("metagraph refresh failed", metadata: ["netuid": "\(netuid)", "error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
