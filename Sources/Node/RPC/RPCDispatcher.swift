import ChainAPI
import Foundation
import Logging

/// Turns one HTTP body or WebSocket message into its JSON-RPC reply: parses, validates, dispatches
/// single requests and batches, and records metrics. It never throws: every bad input becomes an
/// error object.
struct RPCDispatcher: Sendable {
    /// The reply to one message.
    struct Reply: Sendable {
        /// The JSON to send back; `nil` when the message held only notifications.
        var body: String?
        /// Subscriptions to start once `body` is queued.
        var activations: [RPCSubscriptionActivation] = []
    }

    let methods: RPCMethodRegistry
    let configuration: RPCServerConfiguration
    let metrics: RPCMetrics
    let logger: Logger

    /// Answers one message; `session` is `nil` over HTTP (no subscriptions there).
    func handle(_ data: Data, session: RPCWebSocketSession?) async -> Reply {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            metrics.invalidRequests.increment()
            return Reply(body: encodeFailure(id: .null, .parseError()))
        }
        guard case .array(let items) = value else {
            let (body, activation) = await handleOne(value, session: session)
            return Reply(body: body, activations: activation.map { [$0] } ?? [])
        }
        guard !items.isEmpty else {
            metrics.invalidRequests.increment()
            return Reply(body: encodeFailure(id: .null, .invalidRequest("empty batch")))
        }
        guard items.count <= configuration.maxBatchSize else {
            metrics.invalidRequests.increment()
            let error = RPCError.batchTooLarge(count: items.count, limit: configuration.maxBatchSize)
            return Reply(body: encodeFailure(id: .null, error))
        }
        var bodies: [String] = []
        var activations: [RPCSubscriptionActivation] = []
        for item in items {
            let (body, activation) = await handleOne(item, session: session)
            if let body { bodies.append(body) }
            if let activation { activations.append(activation) }
        }
        return Reply(
            body: bodies.isEmpty ? nil : "[\(bodies.joined(separator: ","))]", activations: activations)
    }

    /// An encoded error response, for callers that refuse a message before dispatch (oversized bodies).
    func encodeFailure(id: JSONRPCID, _ error: RPCError) -> String {
        encode(JSONRPCResponse<AnyRPCResult>.failure(id: id, error), id: id)
    }

    private func handleOne(_ value: JSONValue, session: RPCWebSocketSession?) async -> (
        String?, RPCSubscriptionActivation?
    ) {
        let request: JSONRPCRequest
        do {
            request = try JSONRPCRequest(validating: value)
        } catch {
            metrics.invalidRequests.increment()
            return (encodeFailure(id: JSONRPCRequest.readableID(of: value), error), nil)
        }
        let transport: RPCContext.Transport = session == nil ? .http : .webSocket
        var requestLogger = logger
        requestLogger[metadataKey: "rpc.method"] = "\(request.method)"
        if let session { requestLogger[metadataKey: "rpc.connection"] = "\(session.connectionID)" }
        let context = RPCContext(
            transport: transport, connectionID: session?.connectionID, logger: requestLogger)

        let start = ContinuousClock.now
        let (outcome, activation) = await call(request, context: context, session: session)
        let label =
            methods.entries[request.method] == nil && request.method != "rpc_methods"
            ? "unknown" : request.method
        let failed: Bool
        if case .failure(let error) = outcome {
            failed = true
            requestLogger.debug(
                "RPC call failed",
                metadata: ["rpc.code": "\(error.code)", "rpc.id": "\(request.id?.description ?? "none")"])
        } else {
            failed = false
        }
        metrics.record(
            method: label, transport: transport, duration: ContinuousClock.now - start, failed: failed)
        guard let id = request.id else { return (nil, activation) }
        return (encode(JSONRPCResponse(id: id, outcome: outcome), id: id), activation)
    }

    private func encode(_ response: JSONRPCResponse<AnyRPCResult>, id: JSONRPCID) -> String {
        if case .success(let result) = response.outcome, let fragment = result.value as? any RPCJSONFragment,
            let idJSON = try? JSONEncoder().encode(id)
        {
            return #"{"jsonrpc":"2.0","id":"# + String(decoding: idJSON, as: UTF8.self) + #","result":"#
                + fragment.jsonFragment + "}"
        }
        do {
            return String(decoding: try JSONEncoder().encode(response), as: UTF8.self)
        } catch {
            logger.error(
                "RPC result could not be encoded", metadata: ["error": "\(error)", "rpc.id": "\(id)"])
            let fallback = JSONRPCResponse<AnyRPCResult>.failure(id: id, .internalError)
            return (try? JSONEncoder().encode(fallback)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }
}
