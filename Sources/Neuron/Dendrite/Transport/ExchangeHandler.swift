import NIOCore
import NIOHTTP1

/// Runs one request at a time on its connection and collects the answer. The deadline, a close, a
/// malformed answer or one over the body limit fails the exchange and closes the connection, so a
/// late answer can never be read as the answer to the next request.
final class ExchangeHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    /// The exchange in flight.
    private struct Current {
        let promise: EventLoopPromise<AxonHTTPResponse>
        let timer: Scheduled<Void>
        var head: HTTPResponseHead?
        var body: ByteBuffer?
    }

    private let bodyLimit: Int
    private var context: ChannelHandlerContext?
    private var current: Current?

    /// A handler that refuses answers larger than `bodyLimit` bytes.
    init(bodyLimit: Int) {
        self.bodyLimit = bodyLimit
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish(.failure(.closedBeforeAnswer))
        self.context = nil
    }

    /// Sends `request` and completes `promise` with the answer, or fails it by `deadline`.
    func start(_ request: AxonHTTPRequest, promise: EventLoopPromise<AxonHTTPResponse>, deadline: NIODeadline) {
        guard let context, context.channel.isActive, current == nil else {
            promise.fail(AxonTransportError.closedBeforeAnswer)
            return
        }
        let timer = context.eventLoop.assumeIsolated().scheduleTask(deadline: deadline) { [self] in
            fail(.timedOut)
        }
        current = Current(promise: promise, timer: timer)
        var headers = HTTPHeaders()
        headers.reserveCapacity(request.headers.count + 2)
        headers.add(name: "Host", value: "\(request.host):\(request.port)")
        for (name, value) in request.headers { headers.add(name: name, value: value) }
        headers.add(name: "Content-Length", value: String(request.body.count))
        let head = HTTPRequestHead(version: .http1_1, method: .POST, uri: request.path, headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !request.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: request.body)))), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard current != nil else {
            context.close(promise: nil)  // an answer nobody asked for
            return
        }
        switch unwrapInboundIn(data) {
        case .head(let head) where head.status.code >= 200:
            current?.head = head
        case .head:
            break  // an informational answer; the real one follows
        case .body(var part):
            let size = (current?.body?.readableBytes ?? 0) + part.readableBytes
            guard size <= bodyLimit else { return fail(.bodyTooLarge(limit: bodyLimit)) }
            if current?.body == nil { current?.body = part } else { current?.body?.writeBuffer(&part) }
        case .end:
            guard let head = current?.head else { return fail(.malformed("the answer ended before its head")) }
            let response = AxonHTTPResponse(
                status: Int(head.status.code), reason: head.status.reasonPhrase, headers: head.headers,
                body: current?.body ?? ByteBuffer(), keepAlive: head.isKeepAlive)
            finish(.success(response))
            if !response.keepAlive { context.close(promise: nil) }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.failure(current?.head == nil ? .closedBeforeAnswer : .closedDuringAnswer))
        context.fireChannelInactive()
    }

    /// A parse error makes the answer malformed; any other error (a reset, a write to a closed
    /// socket) means the connection is gone.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is HTTPParserError {
            fail(.malformed("\(error)"))
        } else {
            fail(current?.head == nil ? .closedBeforeAnswer : .closedDuringAnswer)
        }
    }

    /// Fails the exchange in flight and closes the connection.
    private func fail(_ error: AxonTransportError) {
        finish(.failure(error))
        context?.close(promise: nil)
    }

    /// Completes the exchange in flight, if any, exactly once.
    private func finish(_ result: Result<AxonHTTPResponse, AxonTransportError>) {
        guard let done = current else { return }
        current = nil
        done.timer.cancel()
        switch result {
        case .success(let response): done.promise.succeed(response)
        case .failure(let error): done.promise.fail(error)
        }
    }
}
