import ChainAPI
import Foundation
import Testing

@testable import Node

/// In-process tests of the dispatcher: every bad input gets its code and message, good ones their result.
@Suite struct RPCDispatcherTests {
    let metrics = MetricsRegistry()

    func dispatcher(_ configuration: RPCServerConfiguration = .test()) -> RPCDispatcher {
        RPCDispatcher(
            methods: ToyMethods.registry(ticks: RPCBroadcaster()), configuration: configuration,
            metrics: RPCMetrics(registry: metrics), logger: testLogger
        )
    }

    func answer(_ input: String) async throws -> JSONValue {
        let reply = await dispatcher().handle(Data(input.utf8), session: nil)
        return try json(try #require(reply.body))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let input: String
        let code: Int
        let message: String
        var id: JSONValue = .null
        var testDescription: String { input }
    }

    static let badInputs: [BadInput] = [
        .init(input: "{not json", code: -32700, message: "Parse error: the body is not valid JSON"),
        .init(input: "", code: -32700, message: "Parse error: the body is not valid JSON"),
        .init(input: "[]", code: -32600, message: "Invalid request: empty batch"),
        .init(input: "5", code: -32600, message: "Invalid request: expected a request object, got number"),
        .init(
            input: #"{"id":1,"method":"echo"}"#, code: -32600,
            message: #"Invalid request: 'jsonrpc' must be "2.0""#, id: .integer(1)),
        .init(
            input: #"{"jsonrpc":"1.0","id":"a","method":"echo"}"#, code: -32600,
            message: #"Invalid request: 'jsonrpc' must be "2.0""#, id: .string("a")),
        .init(
            input: #"{"jsonrpc":"2.0","id":2}"#, code: -32600,
            message: "Invalid request: 'method' must be a non-empty string", id: .integer(2)),
        .init(
            input: #"{"jsonrpc":"2.0","id":3,"method":7}"#, code: -32600,
            message: "Invalid request: 'method' must be a non-empty string", id: .integer(3)),
        .init(
            input: #"{"jsonrpc":"2.0","id":{"x":1},"method":"echo"}"#, code: -32600,
            message: "Invalid request: 'id' must be a whole number, a string or null"),
        .init(
            input: #"{"jsonrpc":"2.0","id":4,"method":"echo","params":"x"}"#, code: -32600,
            message: "Invalid request: 'params' must be an array or an object, got string", id: .integer(4)),
        .init(
            input: #"{"jsonrpc":"2.0","id":5,"method":"nope"}"#, code: -32601,
            message: "Method not found: nope", id: .integer(5)),
        .init(
            input: #"{"jsonrpc":"2.0","id":6,"method":"add","params":[1,"x"]}"#, code: -32602,
            message: "Invalid params: parameter 1 (b): expected Int64, got string", id: .integer(6)),
        .init(
            input: #"{"jsonrpc":"2.0","id":7,"method":"add","params":[1]}"#, code: -32602,
            message: "Invalid params: missing parameter 1 (b), expected Int64", id: .integer(7)),
        .init(
            input: #"{"jsonrpc":"2.0","id":8,"method":"add","params":[1,2,3]}"#, code: -32602,
            message: "Invalid params: expected at most 2 (a, b), got 3", id: .integer(8)),
        .init(
            input: #"{"jsonrpc":"2.0","id":9,"method":"add","params":{"a":1,"c":2}}"#, code: -32602,
            message: "Invalid params: unknown parameter 'c'; expected a, b", id: .integer(9)),
        .init(
            input: #"{"jsonrpc":"2.0","id":10,"method":"add","params":[1.5,2]}"#, code: -32602,
            message: "Invalid params: parameter 0 (a): expected a whole number, got 1.5", id: .integer(10)),
        .init(
            input: #"{"jsonrpc":"2.0","id":14,"method":"add","params":[1,18446744073709551615]}"#,
            code: -32602,
            message: "Invalid params: parameter 1 (b): the number 18446744073709551615 is out of range",
            id: .integer(14)),
        .init(
            input: #"{"jsonrpc":"2.0","id":11,"method":"add","params":[9223372036854775807,1]}"#,
            code: -32602, message: "Invalid params: a + b does not fit Int64", id: .integer(11)),
        .init(
            input: #"{"jsonrpc":"2.0","id":12,"method":"fail"}"#, code: 1010,
            message: "Invalid transaction: the nonce is stale", id: .integer(12)),
        .init(
            input: #"{"jsonrpc":"2.0","id":13,"method":"tick_subscribe"}"#, code: -32601,
            message: "Method not found: tick_subscribe is a subscription; connect over WebSocket to use it",
            id: .integer(13)),
        .init(
            input: "[" + Array(repeating: "1", count: 11).joined(separator: ",") + "]", code: -32010,
            message: "Batch too large: 11 requests, the limit is 10"),
    ]

    @Test(arguments: badInputs)
    func badInputGetsCodeAndMessage(_ bad: BadInput) async throws {
        let response = try await answer(bad.input)
        #expect(response["jsonrpc"] == .string("2.0"))
        #expect(response.errorCode == bad.code)
        #expect(response.errorMessage == bad.message)
        #expect(response["id"] == bad.id)
        #expect(response["result"] == nil)
    }

    @Test func positionalAndNamedParamsGiveTheSameResult() async throws {
        let positional = try await answer(#"{"jsonrpc":"2.0","id":1,"method":"add","params":[2,3]}"#)
        let named = try await answer(#"{"jsonrpc":"2.0","id":"n","method":"add","params":{"b":3,"a":2}}"#)
        #expect(positional["result"] == .integer(5))
        #expect(named["result"] == .integer(5))
        #expect(named["id"] == .string("n"))
    }

    @Test func echoKeepsLargeIntegersExact() async throws {
        let response = try await answer(
            #"{"jsonrpc":"2.0","id":null,"method":"echo","params":[18446744073709551615]}"#)
        #expect(response["result"] == .unsignedInteger(.max))
        #expect(response["id"] == .null)
    }

    @Test func batchAnswersEveryRequestButNotifications() async throws {
        let input = """
            [{"jsonrpc":"2.0","id":1,"method":"add","params":[1,1]},
             {"jsonrpc":"2.0","method":"add","params":[1,1]},
             {"jsonrpc":"2.0","id":2,"method":"nope"},
             42,
             {"jsonrpc":"2.0","id":3,"method":"echo","params":["x"]}]
            """
        guard case .array(let responses) = try await answer(input) else {
            Issue.record("a batch must be answered with an array")
            return
        }
        #expect(responses.map { $0["id"] } == [.integer(1), .integer(2), .null, .integer(3)])
        #expect(responses[0]["result"] == .integer(2))
        #expect(responses[1].errorCode == -32601)
        #expect(responses[2].errorCode == -32600)
        #expect(responses[3]["result"] == .string("x"))
    }

    @Test func notificationsAloneGetNoAnswer() async throws {
        let single = await dispatcher().handle(
            Data(#"{"jsonrpc":"2.0","method":"add","params":[1,2]}"#.utf8), session: nil)
        let batch = await dispatcher().handle(
            Data(#"[{"jsonrpc":"2.0","method":"fail"}]"#.utf8), session: nil)
        #expect(single.body == nil)
        #expect(batch.body == nil)
    }

    @Test func rpcMethodsListsEveryMethod() async throws {
        let response = try await answer(#"{"jsonrpc":"2.0","id":1,"method":"rpc_methods"}"#)
        let expected: [JSONValue] = [
            "add", "blob_subscribe", "blob_unsubscribe", "echo", "fail", "rpc_methods", "tick_subscribe",
            "tick_unsubscribe",
        ].map { .string($0) }
        #expect(response["result"]?["methods"] == .array(expected))
    }

    @Test func callsAreCountedPerMethod() async throws {
        _ = try await answer(#"{"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]}"#)
        _ = try await answer(#"{"jsonrpc":"2.0","id":1,"method":"whatever"}"#)
        let text = metrics.render()
        #expect(text.contains(#"yuma_rpc_requests_total{method="add",status="ok",transport="http"} 1"#))
        #expect(
            text.contains(#"yuma_rpc_requests_total{method="unknown",status="error",transport="http"} 1"#))
        #expect(text.contains(#"yuma_rpc_request_duration_seconds_count{method="add"} 1"#))
    }
}
