import ChainAPI
import Runtime
import Synchronization

/// A typed client of a Yuma node: one async method per JSON-RPC method, plus signing and submission.
///
/// ```swift
/// let client = ChainClient(httpURL: "http://127.0.0.1:9944")
/// let head = try await client.head()
/// let alice = try KeyPair(uri: "//Alice")
/// let inclusion = try await client.submitAndWait(.balances(.transfer(destination: bob, amount: 1_000)), signedBy: alice)
/// ```
/// Over WebSocket (``ChainClient/connect(webSocketURL:)``) it also subscribes to new heads and watches
/// submitted extrinsics. The client is a value; copies share the transport and the cached genesis hash.
public struct ChainClient<Transport: RPCTransport>: Sendable {
    /// The untyped JSON-RPC client underneath, for methods this client does not wrap.
    public let rpc: RPCClient<Transport>
    let cache: ChainClientCache

    /// A client over `rpc`.
    public init(rpc: RPCClient<Transport>) {
        self.rpc = rpc
        self.cache = ChainClientCache()
    }

    /// A client over `transport`.
    public init(transport: Transport) {
        self.init(rpc: RPCClient(transport: transport))
    }

    /// Closes the transport (a WebSocket connection; nothing for HTTP).
    public func close() async {
        await rpc.close()
    }
}

/// A client that posts each call over HTTP.
public typealias HTTPChainClient = ChainClient<HTTPTransport>
/// A client over one WebSocket connection, with subscriptions.
public typealias WebSocketChainClient = ChainClient<WebSocketTransport>

extension ChainClient where Transport == HTTPTransport {
    /// A client that posts to the node at `url`, e.g. `http://127.0.0.1:9944`.
    public init(httpURL url: String) {
        self.init(transport: HTTPTransport(url: url))
    }
}

extension ChainClient where Transport == WebSocketTransport {
    /// Connects to the node at `url` (e.g. `ws://127.0.0.1:9944`) over WebSocket.
    public static func connect(webSocketURL url: String) async throws(RPCClientError) -> Self {
        Self(transport: try await WebSocketTransport.connect(to: url))
    }
}

/// Values the node never changes while it runs, fetched once per client.
final class ChainClientCache: Sendable {
    private let genesis = Mutex<Hash256?>(nil)

    /// The cached genesis hash, if fetched.
    var genesisHash: Hash256? { genesis.withLock { $0 } }

    /// Remembers the genesis hash.
    func store(genesisHash: Hash256) { genesis.withLock { $0 = genesisHash } }
}
