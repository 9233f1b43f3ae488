import ChainAPI
import ChainClient
import Node

/// The node benchmark's RPC client, over ChainClient's transports.
struct ChainClientBenchmarkConnector: NodeBenchmarkConnector {
    func connectSubmitter(to url: String) async throws -> any NodeBenchmarkSubmitter {
        WebSocketSubmitter(client: try await RPCClient.connect(webSocketURL: url))
    }

    func queryMetagraph(at url: String, netuid: UInt16) async throws {
        let _: JSONValue = try await RPCClient(httpURL: url).call("yuma_metagraph", encoding: netuid)
    }

    func subscribeNewHeads(at url: String) async throws -> any NodeBenchmarkHeadSubscription {
        let client = try await RPCClient.connect(webSocketURL: url)
        let subscription = try await client.subscribe(
            "chain_subscribeNewHeads", unsubscribe: "chain_unsubscribeNewHeads", as: HeaderView.self)
        return HeadSubscription(client: client, subscription: subscription)
    }
}

/// Submits over one WebSocket connection.
struct WebSocketSubmitter: NodeBenchmarkSubmitter {
    let client: RPCClient<WebSocketTransport>

    func submit(hex: String) async throws {
        let _: String = try await client.call("author_submitExtrinsic", encoding: hex)
    }

    func close() async { await client.close() }
}

/// A new-heads subscription on its own WebSocket connection.
struct HeadSubscription: NodeBenchmarkHeadSubscription {
    let client: RPCClient<WebSocketTransport>
    let subscription: RPCSubscription<HeaderView>

    var numbers: AsyncThrowingStream<UInt64, any Error> {
        let values = subscription.values
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    for try await header in values { continuation.yield(header.number) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    func close() async {
        await subscription.cancel()
        await client.close()
    }
}
