import ChainAPI
import ChainClient
import Foundation
import Node

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The node benchmark's RPC client, over ChainClient's transports.
struct ChainClientBenchmarkConnector: NodeBenchmarkConnector {
    func connectSubmitter(to url: String) async throws -> any NodeBenchmarkSubmitter {
        WebSocketSubmitter(client: try await RPCClient.connect(webSocketURL: url))
    }

    /// Posts the request and reads the whole answer without parsing it, as a load balancer or a
    /// cache would: the figure is the node's, not the client's JSON decoder's.
    func queryMetagraph(at url: String, netuid: UInt16) async throws {
        guard let endpoint = URL(string: url) else { throw BenchmarkQueryError(message: "bad URL \(url)") }
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"jsonrpc":"2.0","id":1,"method":"yuma_metagraph","params":[\#(netuid)]}"#.utf8)
        let (body, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200, body.prefix(64).contains(Data(#""result""#.utf8))
        else {
            throw BenchmarkQueryError(message: "yuma_metagraph failed: \(String(decoding: body.prefix(200), as: UTF8.self))")
        }
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

/// A benchmark query that did not get a result.
struct BenchmarkQueryError: Error, CustomStringConvertible {
    /// What went wrong.
    var message: String
    /// What went wrong.
    var description: String { message }
}
