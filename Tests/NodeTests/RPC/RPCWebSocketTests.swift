import ChainAPI
import ChainClient
import Testing

@testable import Node

/// The server on a real socket, over WebSocket through the ChainClient transport.
@Suite struct RPCWebSocketTests {
    @Test func concurrentCallsAreMatchedToTheirAnswers() async throws {
        try await withToyServer { port in
            try await WebSocketTransport.withConnection(to: "ws://127.0.0.1:\(port)") { transport in
                let client = RPCClient(transport: transport)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in Int64(0)..<100 {
                        group.addTask {
                            let sum: Int64 = try await client.call("add", encoding: n, 1000)
                            #expect(sum == n + 1000)
                        }
                    }
                    try await group.waitForAll()
                }
                await #expect(throws: RPCClientError.server(.methodNotFound("nope"))) {
                    let _: Bool = try await client.call("nope")
                }
                let code = await errorCode { let _: Int64 = try await client.call("add", [.string("x")]) }
                #expect(code == -32602)
            }
        }
    }

    @Test func subscriptionDeliversTicksAndUnsubscribeReleasesIt() async throws {
        let ticks = RPCBroadcaster<Int>()
        try await withToyServer(ticks: ticks) { port in
            try await WebSocketTransport.withConnection(to: "ws://127.0.0.1:\(port)") { transport in
                let client = RPCClient(transport: transport)
                let subscription = try await client.subscribe(
                    "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                #expect(subscription.id.count == 16)
                #expect(ticks.subscriberCount == 1)
                for tick in 1...3 { ticks.publish(tick) }
                var received: [Int] = []
                for try await tick in subscription {
                    received.append(tick)
                    if received.count == 3 { break }
                }
                #expect(received == [1, 2, 3])
                await subscription.cancel()
                try await eventually { ticks.subscriberCount == 0 }
                let again: Bool = try await client.call("tick_unsubscribe", [.string(subscription.id)])
                #expect(again == false)
            }
        }
    }

    @Test func closingTheConnectionReleasesSubscriptions() async throws {
        let ticks = RPCBroadcaster<Int>()
        try await withToyServer(ticks: ticks) { port in
            let transport = try await WebSocketTransport.connect(to: "ws://127.0.0.1:\(port)")
            let client = RPCClient(transport: transport)
            var subscriptions: [RPCSubscription<Int>] = []
            for _ in 0..<3 {
                subscriptions.append(
                    try await client.subscribe(
                        "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self))
            }
            #expect(ticks.subscriberCount == 3)
            await transport.close()
            try await eventually { ticks.subscriberCount == 0 }
            await #expect(throws: RPCClientError.connectionClosed(reason: "the transport was closed")) {
                let _: Int64 = try await client.call("add", encoding: 1, 2)
            }
            await #expect(throws: RPCClientError.connectionClosed(reason: "the transport was closed")) {
                for try await _ in subscriptions[0] {}
            }
        }
    }

    @Test func oversizedRequestsAreRefusedBeforeSending() async throws {
        try await withToyServer(.test(maxRequestBodySize: 1024)) { port in
            let configuration = WebSocketTransport.Configuration(maxRequestSize: 1024)
            try await WebSocketTransport.withConnection(
                to: "ws://127.0.0.1:\(port)", configuration: configuration
            ) {
                let client = RPCClient(transport: $0)
                let big = String(repeating: "x", count: 2048)
                do {
                    let _: String = try await client.call("echo", encoding: big)
                    Issue.record("an oversized request must be refused")
                } catch {
                    guard case .requestTooLarge(let bytes, 1024)? = error as? RPCClientError else {
                        Issue.record("expected requestTooLarge, got \(error)")
                        return
                    }
                    #expect(bytes > 2048)
                }
                let small: String = try await client.call("echo", encoding: "ok")
                #expect(small == "ok")
            }
        }
    }

    @Test func droppingASubscriptionUnsubscribes() async throws {
        let ticks = RPCBroadcaster<Int>()
        try await withToyServer(ticks: ticks) { port in
            try await WebSocketTransport.withConnection(to: "ws://127.0.0.1:\(port)") { transport in
                _ = try await RPCClient(transport: transport)
                    .subscribe("tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                try await eventually { ticks.subscriberCount == 0 }
            }
        }
    }

    @Test func tooManySubscriptionsIsRefused() async throws {
        try await withToyServer(.test(maxSubscriptions: 2)) { port in
            try await WebSocketTransport.withConnection(to: "ws://127.0.0.1:\(port)") { transport in
                let client = RPCClient(transport: transport)
                let first = try await client.subscribe(
                    "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                let second = try await client.subscribe(
                    "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                let code = await errorCode {
                    _ = try await client.subscribe(
                        "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                }
                #expect(code == -32006)
                await first.cancel()
                let third = try await client.subscribe(
                    "tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                #expect(third.id != second.id)
            }
        }
    }

    @Test func serverShutdownEndsCallsAndSubscriptionsWithAnError() async throws {
        let (transport, subscription) = try await withToyServer { port in
            let transport = try await WebSocketTransport.connect(to: "ws://127.0.0.1:\(port)")
            let subscription = try await RPCClient(transport: transport)
                .subscribe("tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
            return (transport, subscription)
        }
        do {
            for try await _ in subscription {}
            Issue.record("the subscription must end with an error when the node goes away")
        } catch {
            guard case .connectionClosed = error as? RPCClientError else {
                Issue.record("expected connectionClosed, got \(error)")
                return
            }
        }
        do {
            let _: Int64 = try await RPCClient(transport: transport).call("add", encoding: 1, 2)
            Issue.record("a call on a closed connection must fail")
        } catch {
            guard case .connectionClosed = error else {
                Issue.record("expected connectionClosed, got \(error)")
                return
            }
        }
        await transport.close()
    }

    @Test func unreachableNodeIsReportedClearly() async throws {
        let port = try await withToyServer { port in port }
        do {
            _ = try await WebSocketTransport.connect(to: "ws://127.0.0.1:\(port)")
            Issue.record("connecting to a stopped node must fail")
        } catch {
            guard case .unreachable(let endpoint, _) = error else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(endpoint == "ws://127.0.0.1:\(port)")
        }
    }
}

/// The JSON-RPC error code `body` fails with, `nil` if it fails otherwise or succeeds.
func errorCode(_ body: () async throws -> Void) async -> Int? {
    do {
        try await body()
    } catch let RPCClientError.server(error) {
        return error.code.rawValue
    } catch {}
    return nil
}

/// Polls `condition` for up to two seconds.
func eventually(_ condition: () -> Bool) async throws {
    for _ in 0..<200 {
        if condition() { return }
        try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("condition not met within 2 s")
}
