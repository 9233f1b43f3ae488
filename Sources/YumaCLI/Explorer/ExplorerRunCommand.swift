import ArgumentParser
import Explorer
import Logging
import ServiceLifecycle

/// `yuma explorer [run]`: index a node and serve the explorer's pages and JSON API.
struct ExplorerRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Index a node into SQLite or PostgreSQL and serve the explorer: pages, Roundup charts and a JSON API.",
        discussion: """
            Follows the node at --network over WebSocket, catches up from genesis, then indexes each new \
            block and samples the Network Roundup figures (registered UIDs and the UID limit, difficulty, \
            burn, stake, sequence length, issuance, emission). A restarted explorer resumes from its last \
            block; a database of another chain is refused. Pages on http://--host:--port/, JSON under /api/.
            """
    )

    @Option(name: .long, help: "The node: local (127.0.0.1:9944) or its ws:// or http:// URL.")
    var network = "local"

    @Option(name: .long, help: "The index database: a SQLite file (created if missing) or a postgres://user:password@host:port/database URL.")
    var database = "yuma-explorer.sqlite"

    @Option(name: .long, help: "HTTP port of the explorer (0 picks a free one and logs it).")
    var port = 8080

    @Option(name: .long, help: "HTTP bind address.")
    var host = "127.0.0.1"

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Flag(name: .customLong("no-follow"), help: "Serve --database as it is, without a node (e.g. one written by yuma sim run).")
    var noFollow = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be in 0...65535, got \(port)") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        _ = try NetworkEndpoint(parsing: network)
    }

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        let logger = Logger(label: "yuma.explorer")
        let endpoint = try NetworkEndpoint(parsing: network)
        let webSocketURL = endpoint.httpURL.replacingPrefix("https://", with: "wss://").replacingPrefix("http://", with: "ws://")
        let store: any IndexStore
        do {
            store = try await IndexStores.open(database, logger: logger)
        } catch {
            throw CLIError(error.description)
        }
        let indexer = Indexer(store: store, configuration: IndexerConfiguration(webSocketURL: webSocketURL), logger: logger)
        let server = ExplorerServer(store: store, host: host, port: port, logger: logger)
        logger.info("explorer starting", metadata: ["node": "\(noFollow ? "none" : webSocketURL)", "database": "\(database)"])
        let services: [ServiceGroupConfiguration.ServiceConfiguration] =
            noFollow ? [.init(service: server)] : [.init(service: indexer), .init(service: server)]
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services,
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        let outcome: Result<Void, any Error>
        do {
            try await group.run()
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await store.close()
        switch outcome {
        case .success: return
        case .failure(let error as IndexerError): throw CLIError(error.description)
        case .failure(let error as ServiceGroupError): throw CLIError("the explorer stopped: \(error)")
        case .failure(let error): throw error
        }
    }
}

extension String {
    /// The string with `prefix` replaced by `replacement` when it starts with it.
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
