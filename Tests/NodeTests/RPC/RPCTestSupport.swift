import AsyncHTTPClient
import ChainAPI
import Foundation
import Logging
import NIOCore
import ServiceLifecycle

@testable import Node

/// The toy method set the RPC tests run against.
enum ToyMethods {
    /// `echo(value)`, `add(a, b)`, `fail()`, and the `tick` and `blob` subscriptions fed by the broadcasters.
    static func registry(ticks: RPCBroadcaster<Int>, blobs: RPCBroadcaster<String> = RPCBroadcaster())
        -> RPCMethodRegistry
    {
        var methods = RPCMethodRegistry()
        methods.register("echo") { (params, _) throws(RPCError) -> JSONValue in
            try params.expectAtMost(["value"])
            return try params.decode(JSONValue.self, at: 0, named: "value")
        }
        methods.register("add") { (params, _) throws(RPCError) -> Int64 in
            try params.expectAtMost(["a", "b"])
            let a = try params.decode(Int64.self, at: 0, named: "a")
            let b = try params.decode(Int64.self, at: 1, named: "b")
            let (sum, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { throw .invalidParams("a + b does not fit Int64") }
            return sum
        }
        methods.register("fail") { (_, _) throws(RPCError) -> Bool in
            throw RPCError(code: .invalidTransaction, message: "Invalid transaction: the nonce is stale")
        }
        methods.registerSubscription("tick_subscribe", unsubscribe: "tick_unsubscribe", notification: "tick")
        { _, _ in
            ticks.subscribe()
        }
        methods.registerSubscription("blob_subscribe", unsubscribe: "blob_unsubscribe", notification: "blob")
        { _, _ in
            blobs.subscribe()
        }
        return methods
    }
}

extension RPCServerConfiguration {
    /// Port 0 on localhost with small limits so that the limit tests stay fast.
    static func test(
        maxRequestBodySize: Int = 4096, maxBatchSize: Int = 10, maxSubscriptions: Int = 8,
        maxPending: Int = 4096
    ) -> Self {
        .init(
            host: "127.0.0.1", port: 0, maxRequestBodySize: maxRequestBodySize, maxBatchSize: maxBatchSize,
            maxSubscriptionsPerConnection: maxSubscriptions, maxPendingMessagesPerConnection: maxPending,
            webSocketPingInterval: nil
        )
    }
}

/// A logger that stays quiet unless `RPC_TEST_LOG` is set.
let testLogger: Logger = {
    var logger = Logger(label: "yuma.rpc.test")
    logger.logLevel = ProcessInfo.processInfo.environment["RPC_TEST_LOG"] == nil ? .critical : .debug
    return logger
}()

/// Runs an RPC server with the toy methods in a ServiceGroup on a free port, runs `body`, then shuts
/// the group down gracefully.
func withToyServer<T: Sendable>(
    _ configuration: RPCServerConfiguration = .test(),
    ticks: RPCBroadcaster<Int> = RPCBroadcaster(),
    blobs: RPCBroadcaster<String> = RPCBroadcaster(),
    metrics: MetricsRegistry = MetricsRegistry(),
    _ body: @Sendable (_ port: Int) async throws -> T
) async throws -> T {
    let server = RPCServer(
        configuration: configuration, methods: ToyMethods.registry(ticks: ticks, blobs: blobs),
        metrics: metrics, logger: testLogger
    )
    let group = ServiceGroup(services: [server], logger: testLogger)
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        let outcome: Result<T, any Error>
        do {
            let port = try await server.listeningPort()
            outcome = .success(try await body(port))
        } catch {
            outcome = .failure(error)
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return try outcome.get()
    }
}

/// Posts `body` to `path` and returns the status and the answer text.
func post(_ body: String, port: Int, path: String = "/") async throws -> (status: UInt, text: String) {
    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/json")
    request.body = .bytes(ByteBuffer(string: body))
    return try await execute(request)
}

/// Gets `path` and returns the status and the answer text.
func get(_ path: String, port: Int) async throws -> (status: UInt, text: String) {
    try await execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"))
}

private func execute(_ request: HTTPClientRequest) async throws -> (status: UInt, text: String) {
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
    let body = try await response.body.collect(upTo: 1 << 24)
    return (response.status.code, String(buffer: body))
}

/// Parses a JSON answer into a value for assertions.
func json(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

extension JSONValue {
    /// `self[key]` for objects, `nil` otherwise.
    subscript(_ key: String) -> JSONValue? { objectValue?[key] }

    /// The error code of an error response.
    var errorCode: Int? {
        if case .integer(let code)? = self["error"]?["code"] { return Int(code) }
        return nil
    }

    /// The error message of an error response.
    var errorMessage: String? { self["error"]?["message"]?.stringValue }
}
