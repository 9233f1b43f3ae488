import ChainClient
import Testing

@testable import Node

/// Many WebSocket subscribers at once: every one receives every tick, in order.
@Suite struct RPCFanOutTests {
    static let subscribers = 220
    static let tickCount = 5

    @Test func everySubscriberReceivesEveryTick() async throws {
        let ticks = RPCBroadcaster<Int>()
        let config = RPCServerConfiguration.test()
        try await withToyServer(config, ticks: ticks) { port in
            let transports = try await withThrowingTaskGroup(of: WebSocketTransport.self) { group in
                for _ in 0..<Self.subscribers {
                    group.addTask { try await WebSocketTransport.connect(to: "ws://127.0.0.1:\(port)") }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let received = try await withThrowingTaskGroup(of: [Int].self) { group in
                for transport in transports {
                    let subscription = try await RPCClient(transport: transport)
                        .subscribe("tick_subscribe", unsubscribe: "tick_unsubscribe", as: Int.self)
                    group.addTask {
                        var values: [Int] = []
                        for try await tick in subscription {
                            values.append(tick)
                            if values.count == Self.tickCount { break }
                        }
                        return values
                    }
                }
                try await eventually { ticks.subscriberCount == Self.subscribers }
                for tick in 1...Self.tickCount { ticks.publish(tick) }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(received.count == Self.subscribers)
            #expect(received.allSatisfy { $0 == Array(1...Self.tickCount) })
            await withTaskGroup(of: Void.self) { group in
                for transport in transports { group.addTask { await transport.close() } }
            }
            try await eventually { ticks.subscriberCount == 0 }
        }
    }
}
