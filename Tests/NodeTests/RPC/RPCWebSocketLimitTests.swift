import ChainAPI
import ChainClient
import Foundation
import HummingbirdWSClient
import Synchronization
import Testing

@testable import Node

/// WebSocket limits on a real socket: oversized messages, bad input, slow clients.
@Suite struct RPCWebSocketLimitTests {
    @Test func badMessagesGetErrorsAndTheConnectionStays() async throws {
        try await withToyServer(.test(maxRequestBodySize: 1024)) { port in
            let big =
                #"{"jsonrpc":"2.0","id":9,"method":"echo","params":[""# + String(repeating: "x", count: 2048)
                + #""]}"#
            let answers = try await rawWebSocket(
                port: port,
                send: [
                    big, "{bad", "[]", #"{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]}"#,
                ])
            let codes = answers.compactMap(\.errorCode).sorted()
            #expect(codes == [-32700, -32600, -32007].sorted())
            #expect(answers.contains { $0["id"] == .integer(1) && $0["result"] == .integer(3) })
            #expect(answers.contains { $0.errorMessage == "Request too large: the limit is 1024 bytes" })
        }
    }

    @Test func slowClientIsDisconnectedWhileOthersKeepUp() async throws {
        let blobs = RPCBroadcaster<String>()
        let metrics = MetricsRegistry()
        try await withToyServer(
            .test(maxPending: 16), ticks: RPCBroadcaster(), blobs: blobs, metrics: metrics
        ) { port in
            let slow = Task { try await rawWebSocket(port: port, send: [Self.subscribeBlobs], read: false) }
            defer { slow.cancel() }
            try await eventually { blobs.subscriberCount == 1 }
            try await WebSocketTransport.withConnection(to: "ws://127.0.0.1:\(port)") { transport in
                let fast = try await RPCClient(transport: transport)
                    .subscribe("blob_subscribe", unsubscribe: "blob_unsubscribe", as: String.self)
                var iterator = fast.makeAsyncIterator()
                let payload = String(repeating: "y", count: 64 * 1024)
                let disconnects = metrics.counter("yuma_rpc_slow_client_disconnects_total", help: "")
                var sent = 0
                while disconnects.value == 0, sent < 2000 {
                    sent += 1
                    blobs.publish("\(sent) \(payload)")
                    let received = try await iterator.next()
                    #expect(received?.hasPrefix("\(sent) ") == true)
                }
                #expect(disconnects.value == 1)
                try await eventually { blobs.subscriberCount == 1 }
                blobs.publish("last")
                #expect(try await iterator.next() == "last")
            }
        }
    }

    static let subscribeBlobs = #"{"jsonrpc":"2.0","id":1,"method":"blob_subscribe"}"#
}

/// Opens a raw WebSocket, sends `messages`, then (when `read`) collects one answer per message.
/// With `read: false` it never reads, to play a client that has stopped consuming.
func rawWebSocket(port: Int, send messages: [String], read: Bool = true) async throws -> [JSONValue] {
    let answers = Mutex<[JSONValue]>([])
    let client = WebSocketClient(
        url: "ws://127.0.0.1:\(port)", configuration: .init(maxFrameSize: 1 << 24), logger: testLogger
    ) { inbound, outbound, _ in
        for message in messages { try await outbound.writeTextMessage(message) }
        guard read else {
            try await Task.sleep(for: .seconds(120))
            return
        }
        var iterator = inbound.messages(maxSize: 1 << 24).makeAsyncIterator()
        for _ in messages {
            guard case .text(let text)? = try await iterator.next() else { return }
            let value = try json(text)
            answers.withLock { $0.append(value) }
        }
    }
    try await client.run()
    return answers.withLock { $0 }
}
