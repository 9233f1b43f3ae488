import NIOCore
import NIOPosix
import Testing

@testable import Neuron

/// Bytes that are not an HTTP request, sent straight to the axon's socket.
@Suite("Axon raw socket input")
struct AxonRawRequestTests {
    /// Collects everything the peer sends until it closes.
    final class Collector: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let done: EventLoopPromise<String>
        private var text = ""

        init(done: EventLoopPromise<String>) { self.done = done }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            text += String(buffer: unwrapInboundIn(data))
        }

        func channelInactive(context: ChannelHandlerContext) { done.succeed(text) }
    }

    /// Sends `bytes` to `port` and returns what came back before the axon closed the connection.
    static func exchange(_ bytes: String, port: Int) async throws -> String {
        let loop = NIOSingletons.posixEventLoopGroup.next()
        let done = loop.makePromise(of: String.self)
        let channel = try await ClientBootstrap(group: loop)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Collector(done: done)) }
            }
            .connect(host: "127.0.0.1", port: port).get()
        try await channel.writeAndFlush(ByteBuffer(string: bytes))
        // Hang guard: an axon that neither answers nor closes fails the test instead of hanging it.
        let guardTimer = loop.scheduleTask(in: .seconds(30)) { channel.close(promise: nil) }
        defer { guardTimer.cancel() }
        return try await done.futureResult.get()
    }

    @Test("a request that is not HTTP gets 400 and a closed connection; the axon keeps serving")
    func garbage() async throws {
        let fixture = try await AxonFixture.start()
        let answer = try await Self.exchange("\u{1}\u{2} this is not HTTP\r\n\r\n", port: fixture.endpoint.port)
        #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer)")
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let reply = await dendrite.call(Dummy(dummyInput: 4), to: fixture.endpoint, timeout: 120)
        #expect(reply.isSuccess && reply.synapse.dummyOutput == 8, "\(reply.statusMessage)")
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }
}
