import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// The axon's HTTP/1.1 server on SwiftNIO: keep-alive connections, NIO's request decoding and
/// pipelining order, one task per request for the axon's pipeline.
struct AxonServer: Sendable {
    /// Bind address.
    let host: String
    /// Port to bind (`0` for any free one).
    let port: Int
    /// Largest request body kept; larger ones reach the pipeline as `nil`.
    let bodyLimit: Int
    /// The `Server` header of every reply.
    let serverName: String
    /// The event loops serving connections.
    let group: any EventLoopGroup

    /// Serves until the calling task is cancelled: calls `onListening` with the bound port, answers
    /// every request with `respond`, and on cancellation closes the listening socket and every
    /// connection.
    func run(
        onListening: @Sendable (Int) -> Void, respond: @escaping @Sendable (AxonIncoming) async -> AxonReply
    ) async throws {
        let connections = OpenConnections()
        let (bodyLimit, serverName) = (bodyLimit, serverName)
        let listener = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                connections.insert(channel)
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        AxonChannelHandler(eventLoop: channel.eventLoop, bodyLimit: bodyLimit, serverName: serverName, respond: respond))
                }
            }
            .bind(host: host, port: port).get()
        onListening(listener.localAddress?.port ?? port)
        await withTaskCancellationHandler {
            try? await listener.closeFuture.get()
        } onCancel: {
            listener.close(promise: nil)
        }
        connections.closeAll()
    }
}

/// The connections a server accepted and not yet saw closed.
final class OpenConnections: Sendable {
    private let channels = Mutex<[ObjectIdentifier: any Channel]>([:])

    /// Tracks `channel` until it closes.
    func insert(_ channel: any Channel) {
        let key = ObjectIdentifier(channel)
        channels.withLock { $0[key] = channel }
        channel.closeFuture.whenComplete { [self] _ in _ = channels.withLock { $0.removeValue(forKey: key) } }
    }

    /// Closes every tracked connection.
    func closeAll() {
        for channel in channels.withLock({ Array($0.values) }) { channel.close(promise: nil) }
    }
}
