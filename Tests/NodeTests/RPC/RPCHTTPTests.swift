import ChainAPI
import ChainClient
import Testing

@testable import Node

/// The server on a real socket, over HTTP: routes, limits, and the ChainClient HTTP transport.
@Suite struct RPCHTTPTests {
    @Test func badInputNeverStopsTheServer() async throws {
        try await withToyServer { port in
            let bad = [
                "{", "[]", #"{"jsonrpc":"2.0","id":1,"method":"nope"}"#,
                #"{"jsonrpc":"2.0","id":1,"method":"add","params":["a"]}"#,
            ]
            for input in bad {
                let (status, text) = try await post(input, port: port)
                #expect(status == 200)
                #expect(try json(text).errorCode != nil)
            }
            let (status, text) = try await post(
                #"{"jsonrpc":"2.0","id":1,"method":"add","params":[40,2]}"#, port: port)
            #expect(status == 200)
            #expect(try json(text)["result"] == .integer(42))
        }
    }

    @Test func oversizedBodyGetsAnErrorAndTheServerKeepsAnswering() async throws {
        try await withToyServer(.test(maxRequestBodySize: 1024)) { port in
            let big =
                #"{"jsonrpc":"2.0","id":1,"method":"echo","params":[""# + String(repeating: "x", count: 4096)
                + #""]}"#
            let (status, text) = try await post(big, port: port)
            #expect(status == 413)
            #expect(try json(text).errorCode == -32007)
            #expect(try json(text).errorMessage == "Request too large: the limit is 1024 bytes")
            let (_, after) = try await post(
                #"{"jsonrpc":"2.0","id":2,"method":"echo","params":["ok"]}"#, port: port)
            #expect(try json(after)["result"] == .string("ok"))
        }
    }

    @Test func batchOverHTTP() async throws {
        try await withToyServer { port in
            let (status, text) = try await post(
                #"[{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]},{"jsonrpc":"2.0","id":2,"method":"echo","params":{"value":true}}]"#,
                port: port
            )
            #expect(status == 200)
            #expect(
                try json(text)
                    == .array([
                        .object(["jsonrpc": "2.0", "id": .integer(1), "result": .integer(3)]),
                        .object(["jsonrpc": "2.0", "id": .integer(2), "result": .bool(true)]),
                    ]))
            let (notificationStatus, empty) = try await post(
                #"{"jsonrpc":"2.0","method":"add","params":[1,2]}"#, port: port)
            #expect(notificationStatus == 204)
            #expect(empty.isEmpty)
        }
    }

    @Test func healthMetricsAndPlainGet() async throws {
        try await withToyServer { port in
            _ = try await post(#"{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]}"#, port: port)
            let health = try await get("/health", port: port)
            #expect(health.status == 200)
            #expect(health.text == #"{"status":"ok"}"#)
            let metrics = try await get("/metrics", port: port)
            #expect(metrics.status == 200)
            #expect(metrics.text.contains("# TYPE yuma_rpc_requests_total counter"))
            #expect(
                metrics.text.contains(
                    #"yuma_rpc_requests_total{method="add",status="ok",transport="http"} 1"#))
            #expect(
                metrics.text.contains(#"yuma_rpc_request_duration_seconds_bucket{method="add",le="+Inf"} 1"#))
            #expect(try await get("/", port: port).status == 405)
            #expect(try await get("/nowhere", port: port).status == 404)
        }
    }

    @Test func httpTransportCallsAndErrors() async throws {
        try await withToyServer { port in
            let client = RPCClient(httpURL: "http://127.0.0.1:\(port)")
            let sum: Int64 = try await client.call("add", encoding: 20, 22)
            #expect(sum == 42)
            let echoed: [String] = try await client.call("echo", [.array(["a", "b"])])
            #expect(echoed == ["a", "b"])
            await #expect(
                throws: RPCClientError.server(
                    RPCError(code: .invalidTransaction, message: "Invalid transaction: the nonce is stale"))
            ) {
                let _: Bool = try await client.call("fail")
            }
            await #expect(
                throws: RPCClientError.decoding(method: "add", reason: "expected String, got number")
            ) {
                let _: String = try await client.call("add", encoding: 1, 2)
            }
        }
    }

    @Test func unreachableNodeIsReportedClearly() async throws {
        let port = try await withToyServer { port in port }
        let client = RPCClient(httpURL: "http://127.0.0.1:\(port)")
        do {
            let _: Int64 = try await client.call("add", encoding: 1, 2)
            Issue.record("a call to a stopped node must fail")
        } catch {
            guard case .unreachable(let endpoint, _) = error else {
                Issue.record("expected unreachable, got \(error)")
                return
            }
            #expect(endpoint == "http://127.0.0.1:\(port)")
        }
    }
}
