import Foundation
import Keys
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// The server half of Bittensor's HTTP protocol: one `POST /<Name>` route per attached synapse plus the
/// built-in `/Synapse` ping, each request going through preprocess → blacklist → verify → priority →
/// forward with Python's status codes and messages.
///
/// ```swift
/// let axon = Axon(hotkey: hotkey, host: "127.0.0.1", port: 0)
/// axon.attach(Dummy.self, blacklist: registered.hook) { synapse, context in
///     var synapse = synapse
///     synapse.dummyOutput = synapse.dummyInput * 2
///     return synapse
/// }
/// let port = try await axon.start()   // or `try await axon.run()` in a task you cancel
/// …
/// await axon.shutdown()
/// ```
/// Attach every synapse before starting. The server is SwiftNIO's HTTP/1.1 codec with a handler of its
/// own: keep-alive connections, one task per request.
public final class Axon: Sendable {
    /// The hotkey requests must be signed for.
    public let hotkey: KeyPair
    /// The hotkey as SS58.
    public let hotkeyAddress: String
    /// Bind address.
    public let host: String
    /// Requested port (`0` for any free one).
    public let port: Int
    /// Limits and windows.
    public let configuration: AxonConfiguration
    /// This axon's instance identifier, sent as `bt_header_axon_uuid`.
    public let uuid: String
    let logger: Logger
    let routes = Mutex<[String: AxonRoute]>([:])
    let routeOrder = Mutex<[String]>([])
    let nonces: Mutex<NonceWindow>
    let readiness = AxonReadiness()
    let callerKeys = CallerKeys()
    private let task = Mutex<Task<Void, any Error>?>(nil)

    /// An axon for `hotkey` that will bind `host:port`; the ping route is attached already.
    public init(
        hotkey: KeyPair, host: String = "0.0.0.0", port: Int = 8091,
        configuration: AxonConfiguration = AxonConfiguration(), logger: Logger = Logger(label: "yuma.axon")
    ) {
        self.hotkey = hotkey
        self.hotkeyAddress = hotkey.ss58Address
        self.host = host
        self.port = port
        self.configuration = configuration
        self.uuid = UUID().uuidString.lowercased()
        self.logger = logger
        self.nonces = Mutex(NonceWindow(maxTimeout: configuration.nonceMaxTimeout, capacity: configuration.nonceCapacity))
        routes.withLock { $0[PingSynapse.name] = AxonRoute.ping }
        routeOrder.withLock { $0.append(PingSynapse.name) }
    }

    /// Serves `S` on `/<S.name>` with optional blacklist, priority and extra verification hooks;
    /// `forward` receives the verified request and returns the filled-in synapse. Attaching the same
    /// name again replaces the route.
    public func attach<S: Synapse>(
        _ type: S.Type, blacklist: BlacklistHook? = nil, priority: PriorityHook? = nil,
        verify: VerifyHook? = nil, forward: @escaping @Sendable (S, SynapseContext) async throws -> S
    ) {
        let route = AxonRoute(type, blacklist: blacklist, priority: priority, verify: verify, handler: forward)
        routes.withLock { $0[route.name] = route }
        routeOrder.withLock { if !$0.contains(route.name) { $0.append(route.name) } }
    }

    /// The attached route names in attach order (`Synapse` first).
    public var routeNames: [String] { routeOrder.withLock { $0 } }

    /// Waits until the server listens and returns the bound port.
    public func listeningPort() async throws(AxonError) -> Int {
        try await readiness.port()
    }

    /// Binds and serves until the surrounding task is cancelled, then closes every connection.
    public func run() async throws {
        let server = AxonServer(
            host: host, port: port, bodyLimit: configuration.maxBodyBytes, serverName: "Yuma-Axon",
            group: NIOSingletons.posixEventLoopGroup)
        defer { readiness.stopped() }
        do {
            try await server.run(onListening: { [readiness] port in readiness.listening(on: port) }) { [self] request in
                await respond(to: request)
            }
        } catch {
            logger.error("axon could not serve", metadata: ["address": "\(host):\(port)", "error": "\(error)"])
            throw error
        }
    }

    /// Starts serving in the background and returns the bound port.
    @discardableResult
    public func start() async throws(AxonError) -> Int {
        let started = task.withLock { current -> Bool in
            guard current == nil else { return false }
            current = Task { [self] in try await run() }
            return true
        }
        guard started else { throw .alreadyRunning }
        return try await listeningPort()
    }

    /// Stops a server started with ``start()`` and waits until it closed.
    public func shutdown() async {
        let running = task.withLock { current in
            defer { current = nil }
            return current
        }
        running?.cancel()
        _ = await running?.result
    }
}
