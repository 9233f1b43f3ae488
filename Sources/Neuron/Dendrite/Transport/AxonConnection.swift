import NIOCore
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection to an axon, carrying one exchange at a time.
struct AxonConnection: Sendable {
    /// The socket.
    let channel: any Channel
    /// The handler that runs exchanges, reachable only on the channel's event loop.
    private let handler: NIOLoopBound<ExchangeHandler>

    /// Connects to `host:port`, giving up at `deadline`.
    static func open(
        host: String, port: Int, deadline: NIODeadline, bodyLimit: Int, group: any EventLoopGroup
    ) async throws(AxonTransportError) -> AxonConnection {
        let wait = deadline - .now()
        guard wait > .zero else { throw .timedOut }
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(min(wait, .seconds(10)))
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handler = ExchangeHandler(bodyLimit: bodyLimit)
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: host, port: port).get()
        } catch ChannelError.connectTimeout(_) {
            throw .timedOut
        } catch {
            throw .connect(reason: "\(error)")
        }
        do {
            let handler = try await channel.eventLoop.submit {
                NIOLoopBound(try channel.pipeline.syncOperations.handler(type: ExchangeHandler.self), eventLoop: channel.eventLoop)
            }.get()
            return AxonConnection(channel: channel, handler: handler)
        } catch {
            channel.close(promise: nil)
            throw .closedBeforeAnswer
        }
    }

    /// Sends `request` and waits for the whole answer; cancelling the task closes the connection.
    func exchange(_ request: AxonHTTPRequest, deadline: NIODeadline) async throws(AxonTransportError) -> AxonHTTPResponse {
        let promise = channel.eventLoop.makePromise(of: AxonHTTPResponse.self)
        let handler = handler
        channel.eventLoop.execute { handler.value.start(request, promise: promise, deadline: deadline) }
        do {
            return try await withTaskCancellationHandler {
                try await promise.futureResult.get()
            } onCancel: { [channel] in
                channel.close(promise: nil)
            }
        } catch let error as AxonTransportError {
            throw error
        } catch {
            throw .malformed("\(error)")
        }
    }

    /// Whether the socket is still open.
    var isActive: Bool { channel.isActive }

    /// Closes the socket.
    func close() { channel.close(promise: nil) }
}
