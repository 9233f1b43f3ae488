import NIOCore
import NIOPosix
import Synchronization
import Testing

@testable import Neuron

/// The dendrite's HTTP/1.1 transport against a raw TCP server that answers with canned bytes.
@Suite("Dendrite transport on 127.0.0.1")
struct DendriteTransportTests {
    /// A TCP server on 127.0.0.1 that answers every request with `answer` and counts connections;
    /// with `closeAfterAnswer` it closes each connection after answering, without saying so.
    final class CannedServer: Sendable {
        let channel: any Channel
        private let accepted: Counter

        /// Connections accepted so far.
        final class Counter: Sendable {
            let value = Atomic<Int>(0)
        }

        init(answer: String, closeAfterAnswer: Bool = false) async throws {
            let accepted = Counter()
            self.accepted = accepted
            channel = try await ServerBootstrap(group: NIOSingletons.posixEventLoopGroup)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    accepted.value.add(1, ordering: .relaxed)
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(Answerer(answer: answer, close: closeAfterAnswer))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
        }

        var connections: Int { accepted.value.load(ordering: .relaxed) }
        var port: Int { channel.localAddress?.port ?? 0 }
        var endpoint: AxonEndpoint { AxonEndpoint(ip: "127.0.0.1", port: port, hotkey: TestKeys.axon.ss58Address) }
        func stop() async { try? await channel.close() }
    }

    /// Answers once per request (a request ends with an empty line and its small body).
    final class Answerer: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer
        let answer: String
        let close: Bool
        private var pending = ""

        init(answer: String, close: Bool) {
            self.answer = answer
            self.close = close
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            pending += String(buffer: unwrapInboundIn(data))
            // Every request of these tests has a JSON body ending in `}`.
            guard pending.contains("\r\n\r\n"), pending.hasSuffix("}") else { return }
            pending = ""
            let written = context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: answer)))
            if close { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
        }
    }

    static let ok = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"

    @Test(
        "calls in a row succeed: one kept connection, or a new one each time when the axon closes them",
        arguments: [(false, 1), (true, 5)])
    func callsInARow(closeAfterAnswer: Bool, expectedConnections: Int) async throws {
        let server = try await CannedServer(answer: Self.ok, closeAfterAnswer: closeAfterAnswer)
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        for _ in 0..<5 {
            let reply = await dendrite.call(PingSynapse(), to: server.endpoint, timeout: 120)
            #expect(reply.statusCode == 200, "\(reply.statusMessage)")
        }
        #expect(server.connections == expectedConnections)
        await dendrite.shutdown()
        await server.stop()
    }

    @Test(
        "unreadable answers get the dendrite's codes",
        arguments: [
            ("not HTTP at all\r\n\r\n", 500, "Client error: malformed answer"),
            ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno", 422, "Failed to parse response"),
        ])
    func unreadable(answer: String, status: Int, prefix: String) async throws {
        let server = try await CannedServer(answer: answer)
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let reply = await dendrite.call(PingSynapse(), to: server.endpoint, timeout: 120)
        #expect(reply.statusCode == status && reply.statusMessage.hasPrefix(prefix), "\(reply.statusMessage)")
        await dendrite.shutdown()
        await server.stop()
    }

    @Test("calls after shutdown are refused as unavailable")
    func afterShutdown() async throws {
        let server = try await CannedServer(answer: Self.ok)
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        await dendrite.shutdown()
        let reply = await dendrite.call(PingSynapse(), to: server.endpoint, timeout: 120)
        #expect(reply.statusCode == 503)
        await server.stop()
    }
}
