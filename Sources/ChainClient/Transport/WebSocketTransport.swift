import ChainAPI
import Foundation
import HummingbirdWSClient
import Logging

/// JSON-RPC over one WebSocket connection: concurrent calls matched to answers by id, and subscriptions.
///
/// ```swift
/// let transport = try await WebSocketTransport.connect(to: "ws://127.0.0.1:9944")
/// defer { Task { await transport.close() } }   // or use withConnection(to:_:)
/// ```
/// When the connection drops, waiting calls and live subscriptions end with
/// ``RPCClientError/connectionClosed(reason:)``; the transport does not reconnect by itself.
public final class WebSocketTransport: RPCSubscriptionTransport {
    /// Size limits of the connection.
    public struct Configuration: Sendable {
        /// The largest message accepted from the node, in bytes.
        public var maxMessageSize: Int
        /// The largest single frame accepted from the node, in bytes.
        public var maxFrameSize: Int
        /// The largest request sent, in bytes; keep it at the node's limit, since the node answers an
        /// oversized message with an error that cannot name the request.
        public var maxRequestSize: Int

        /// 64 MiB answers in frames of up to 16 MiB; requests up to the node's default 10 MiB.
        public init(
            maxMessageSize: Int = 64 * 1024 * 1024, maxFrameSize: Int = 16 * 1024 * 1024,
            maxRequestSize: Int = 10 * 1024 * 1024
        ) {
            self.maxMessageSize = maxMessageSize
            self.maxFrameSize = maxFrameSize
            self.maxRequestSize = maxRequestSize
        }
    }

    /// The node's URL, e.g. `ws://127.0.0.1:9944`.
    public let url: String
    /// The size limits of the connection.
    public let configuration: Configuration
    let state: WebSocketConnectionState
    let outgoing: AsyncStream<String>.Continuation
    let ids = RequestIDs()
    private let connection: Task<Void, Never>

    private init(
        url: String, configuration: Configuration, state: WebSocketConnectionState,
        outgoing: AsyncStream<String>.Continuation, connection: Task<Void, Never>
    ) {
        self.url = url
        self.configuration = configuration
        self.state = state
        self.outgoing = outgoing
        self.connection = connection
    }

    /// Opens a connection to `url`; throws ``RPCClientError/unreachable(endpoint:reason:)`` when the node
    /// cannot be reached.
    ///
    /// The connection runs in a task owned by the transport until ``close()``; prefer
    /// ``withConnection(to:configuration:logger:_:)`` where a scope fits.
    public static func connect(
        to url: String, configuration: Configuration = .init(),
        logger: Logger = Logger(label: "yuma.rpc.client")
    ) async throws(RPCClientError) -> WebSocketTransport {
        let state = WebSocketConnectionState()
        let (messages, outgoing) = AsyncStream.makeStream(of: String.self)
        let client = WebSocketClient(
            url: url,
            configuration: .init(maxFrameSize: configuration.maxFrameSize, closeTimeout: .seconds(5)),
            logger: logger
        ) { inbound, outbound, _ in
            state.opened()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await message in messages { try await outbound.writeTextMessage(message) }
                    try await outbound.close(.normalClosure, reason: nil)
                }
                for try await message in inbound.messages(maxSize: configuration.maxMessageSize) {
                    if case .text(let text) = message { state.receive(text) }
                }
                group.cancelAll()
            }
        }
        // The connection outlives this call, so it runs in a task the transport owns and awaits in close().
        let connection = Task {
            let reason: String
            do {
                try await client.run()
                reason = "the node closed the connection"
            } catch {
                reason = "\(error)"
            }
            state.close(
                with: state.wasOpened
                    ? .connectionClosed(reason: reason) : .unreachable(endpoint: url, reason: reason))
            outgoing.finish()
        }
        do {
            try await state.waitUntilOpen()
        } catch {
            await connection.value
            throw (error as? RPCClientError) ?? .unreachable(endpoint: url, reason: "\(error)")
        }
        return WebSocketTransport(
            url: url, configuration: configuration, state: state, outgoing: outgoing, connection: connection
        )
    }

    /// Connects, runs `body` with the transport, and closes the connection however `body` ends.
    public static func withConnection<Result>(
        to url: String, configuration: Configuration = .init(),
        logger: Logger = Logger(label: "yuma.rpc.client"),
        _ body: (WebSocketTransport) async throws -> Result
    ) async throws -> Result {
        let transport = try await connect(to: url, configuration: configuration, logger: logger)
        do {
            let result = try await body(transport)
            await transport.close()
            return result
        } catch {
            await transport.close()
            throw error
        }
    }

    /// Sends a close frame, waits for the connection to end, and fails whatever was still waiting.
    public func close() async {
        state.close(with: .connectionClosed(reason: "the transport was closed"))
        outgoing.finish()
        await connection.value
    }
}
