import NIOCore
import NIOHTTP1

/// Collects each request of one connection (up to the body limit), runs it through the axon's
/// pipeline in a task on the connection's event loop, and writes the reply back in order; NIO's
/// pipelining handler holds later requests until the reply of the current one is written.
final class AxonChannelHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// The request being read.
    private struct Reading {
        let head: HTTPRequestHead
        var body: ByteBuffer?
        var tooLarge: Bool
    }

    private let respond: @Sendable (AxonIncoming) async -> AxonReply
    private let bodyLimit: Int
    private let serverName: String
    private let executor: EventLoopTaskExecutor
    private var reading: Reading?

    /// A handler for a connection served by `eventLoop` that answers with `respond` and refuses to keep
    /// bodies over `bodyLimit` bytes.
    init(
        eventLoop: any EventLoop, bodyLimit: Int, serverName: String,
        respond: @escaping @Sendable (AxonIncoming) async -> AxonReply
    ) {
        self.executor = EventLoopTaskExecutor(eventLoop)
        self.bodyLimit = bodyLimit
        self.serverName = serverName
        self.respond = respond
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            let declared = head.headers.first(name: "content-length").flatMap { Int($0) } ?? 0
            reading = Reading(head: head, body: nil, tooLarge: declared > bodyLimit)
        case .body(var part):
            guard var current = reading, !current.tooLarge else { return }
            reading = nil  // keep the buffer uniquely referenced while appending
            if (current.body?.readableBytes ?? 0) + part.readableBytes > bodyLimit {
                current.tooLarge = true
                current.body = nil
            } else if current.body == nil {
                current.body = part
            } else {
                current.body?.writeBuffer(&part)
            }
            reading = current
        case .end:
            guard let current = reading else { return }
            reading = nil
            answer(current, context: context)
        }
    }

    /// A request that is not HTTP (NIO already answered 400) or a broken socket: the connection
    /// cannot carry another request, so it is closed.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// Runs the pipeline in a task of its own that prefers the connection's event loop (the protocol
    /// work is short; synapse handlers run elsewhere) and writes its reply back on the loop.
    private func answer(_ request: Reading, context: ChannelHandlerContext) {
        let incoming = AxonIncoming(
            path: request.head.uri, headers: request.head.headers,
            body: request.tooLarge ? nil : (request.body ?? ByteBuffer()), remote: context.channel.remoteAddress)
        let keepAlive = request.head.isKeepAlive
        let version = request.head.version
        let respond = respond
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        let eventLoop = context.eventLoop
        Task(executorPreference: executor) {
            let reply = await respond(incoming)
            eventLoop.execute { bound.value.handler.write(reply, version: version, keepAlive: keepAlive, context: bound.value.context) }
        }
    }

    /// Writes `reply` as the response head, body and end; closes the connection unless it is kept.
    private func write(_ reply: AxonReply, version: HTTPVersion, keepAlive: Bool, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        var headers = HTTPHeaders()
        headers.reserveCapacity(reply.headers.count + 4)
        headers.add(name: "Server", value: serverName)
        headers.add(name: "Content-Type", value: "application/json")
        headers.add(name: "Content-Length", value: String(reply.body.readableBytes))
        for (name, value) in reply.headers { headers.add(name: name, value: value) }
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        let head = HTTPResponseHead(version: version, status: .init(statusCode: reply.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(reply.body))), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
    }
}
