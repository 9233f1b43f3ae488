import ChainAPI
import Foundation
import HummingbirdWebSocket
import Logging
import NIOCore
import Synchronization

/// Serves one WebSocket connection: reads requests, answers them concurrently, pushes subscription
/// notifications, and writes everything through a bounded outbox so a slow client only hurts itself.
final class RPCWebSocketHandler: Sendable {
    let dispatcher: RPCDispatcher
    private let nextConnectionID = Atomic<UInt64>(1)

    init(dispatcher: RPCDispatcher) {
        self.dispatcher = dispatcher
    }

    private var configuration: RPCServerConfiguration { dispatcher.configuration }
    private var metrics: RPCMetrics { dispatcher.metrics }

    /// Runs the connection until the client leaves, the server shuts down or the client falls behind.
    func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, channel: any Channel) async
    {
        let connectionID = nextConnectionID.wrappingAdd(1, ordering: .relaxed).oldValue
        var logger = dispatcher.logger
        logger[metadataKey: "rpc.connection"] = "\(connectionID)"
        let limit = configuration.maxPendingMessagesPerConnection
        let outbox = RPCOutbox(capacity: limit) { [logger, metrics] in
            logger.warning(
                "Disconnecting a slow WebSocket client: more than \(limit) messages were waiting to be written",
                metadata: ["rpc.remote": "\(channel.remoteAddress.map { "\($0)" } ?? "unknown")"]
            )
            metrics.slowClientDisconnects.increment()
            channel.close(promise: nil)
        }
        let session = RPCWebSocketSession(
            connectionID: connectionID, outbox: outbox,
            limit: configuration.maxSubscriptionsPerConnection, metrics: metrics
        )
        metrics.connections.increment()
        logger.debug("WebSocket connection opened")
        defer {
            metrics.connections.decrement()
            logger.debug("WebSocket connection closed")
        }
        await withDiscardingTaskGroup { group in
            group.addTask {
                for await message in outbox.messages {
                    do { try await outbound.writeTextMessage(message) } catch { return }
                }
            }
            await readRequests(inbound, session: session, outbox: outbox, group: &group, logger: logger)
            session.close()
            outbox.finish()
            group.cancelAll()
        }
    }

    private func readRequests(
        _ inbound: WebSocketInboundStream, session: RPCWebSocketSession, outbox: RPCOutbox,
        group: inout DiscardingTaskGroup, logger: Logger
    ) async {
        let gate = RPCRequestGate(limit: configuration.maxInFlightRequestsPerConnection)
        var reader = RPCWebSocketMessageReader(
            inbound.makeAsyncIterator(), limit: configuration.maxRequestBodySize)
        do {
            while let message = try await reader.next() {
                guard let data = message else {
                    metrics.invalidRequests.increment()
                    outbox.send(dispatcher.encodeFailure(id: .null, .requestTooLarge(limit: reader.limit)))
                    continue
                }
                guard gate.enter() else {
                    outbox.send(
                        dispatcher.encodeFailure(id: Self.peekID(data), .serverBusy(limit: gate.limit)))
                    continue
                }
                group.addTask { [dispatcher] in
                    let reply = await dispatcher.handle(data, session: session)
                    if let body = reply.body { outbox.send(body) }
                    for activation in reply.activations { activation.start() }
                    gate.leave()
                }
            }
        } catch {
            logger.debug("WebSocket read ended", metadata: ["error": "\(error)"])
        }
    }

    /// The id of a single request, read cheaply for a busy reply; `null` for batches and bad JSON.
    private static func peekID(_ data: Data) -> JSONRPCID {
        (try? JSONDecoder().decode(JSONValue.self, from: data)).map(JSONRPCRequest.readableID(of:)) ?? .null
    }
}

/// Counts the requests of one connection in flight and refuses more than `limit`.
final class RPCRequestGate: Sendable {
    let limit: Int
    private let count = Atomic<Int>(0)

    init(limit: Int) { self.limit = limit }

    /// Takes a slot; `false` when all `limit` slots are taken.
    func enter() -> Bool {
        guard count.add(1, ordering: .relaxed).newValue <= limit else {
            count.subtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    /// Gives a slot back.
    func leave() { count.subtract(1, ordering: .relaxed) }
}
