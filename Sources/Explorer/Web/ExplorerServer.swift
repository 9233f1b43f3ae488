import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The explorer's web server: HTML pages with SVG charts and the JSON API, read from an ``IndexStore``.
public struct ExplorerServer: Service {
    /// Bind address.
    public let host: String
    /// Port (`0`: a free one, see ``listeningPort()``).
    public let port: Int
    let store: any IndexStore
    let logger: Logger
    let readiness = ServerReadiness()

    /// A server of `store` on `host:port`.
    public init(store: any IndexStore, host: String = "127.0.0.1", port: Int = 8080, logger: Logger) {
        self.store = store
        self.host = host
        self.port = port
        self.logger = logger
    }

    /// The router with every page and API route.
    public static func router(store: any IndexStore, logger: Logger) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ExplorerErrorMiddleware(store: store, logger: logger))
        PageRoutes.add(to: router, store: store)
        APIRoutes.add(to: router, store: store)
        return router
    }

    /// Waits until the server listens and returns its port; `nil` if it stopped first.
    public func listeningPort() async -> Int? { await readiness.port() }

    /// Serves until graceful shutdown or cancellation.
    public func run() async throws {
        let application = Application(
            router: Self.router(store: store, logger: logger),
            configuration: .init(address: .hostname(host, port: port), serverName: "Yuma Explorer"),
            onServerRunning: { [readiness, logger, host] channel in
                let bound = channel.localAddress?.port ?? 0
                logger.info("explorer listening", metadata: ["url": "http://\(host):\(bound)"])
                readiness.listening(on: bound)
            },
            logger: logger)
        defer { readiness.stopped() }
        try await application.run()
    }
}

/// The bound port of a running server, for callers that wait for it.
final class ServerReadiness: Sendable {
    private enum State {
        case starting([CheckedContinuation<Int?, Never>])
        case listening(Int)
        case stopped
    }

    private let state = Mutex(State.starting([]))

    func port() async -> Int? {
        await withCheckedContinuation { continuation in
            state.withLock { state in
                switch state {
                case .starting(var waiters):
                    waiters.append(continuation)
                    state = .starting(waiters)
                case .listening(let port): continuation.resume(returning: port)
                case .stopped: continuation.resume(returning: nil)
                }
            }
        }
    }

    func listening(on port: Int) {
        let waiters = state.withLock { state -> [CheckedContinuation<Int?, Never>] in
            guard case .starting(let waiters) = state else { return [] }
            state = .listening(port)
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: port) }
    }

    func stopped() {
        let waiters = state.withLock { state -> [CheckedContinuation<Int?, Never>] in
            defer { state = .stopped }
            guard case .starting(let waiters) = state else { return [] }
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: nil) }
    }
}
