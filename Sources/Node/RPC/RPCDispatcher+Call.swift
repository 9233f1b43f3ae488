import ChainAPI

extension RPCDispatcher {
    /// The list `rpc_methods` answers with, as Substrate nodes do.
    struct MethodList: Encodable, Sendable {
        let version = 1
        let methods: [String]
    }

    /// Runs the handler `request.method` names.
    func call(
        _ request: JSONRPCRequest, context: RPCContext, session: RPCWebSocketSession?
    ) async -> (Result<AnyRPCResult, RPCError>, RPCSubscriptionActivation?) {
        do throws(RPCError) {
            switch methods.entries[request.method] {
            case .call(let handler)?:
                return (.success(try await handler(request.params, context)), nil)
            case .subscribe(let subscription)?:
                guard let session else { throw Self.needsWebSocket(request.method) }
                let activation = try await session.subscribe(
                    subscription, params: request.params, context: context)
                return (.success(AnyRPCResult(value: activation.id)), activation)
            case .unsubscribe(let subscription)?:
                guard let session else { throw Self.needsWebSocket(request.method) }
                try request.params.expectAtMost(["subscription"])
                let id = try request.params.decode(String.self, at: 0, named: "subscription")
                return (
                    .success(AnyRPCResult(value: session.unsubscribe(id, family: subscription.subscribe))),
                    nil
                )
            case nil where request.method == "rpc_methods":
                return (
                    .success(
                        AnyRPCResult(
                            value: MethodList(methods: (methods.methodNames + ["rpc_methods"]).sorted()))),
                    nil
                )
            case nil:
                throw .methodNotFound(request.method)
            }
        } catch {
            return (.failure(error), nil)
        }
    }

    private static func needsWebSocket(_ method: String) -> RPCError {
        RPCError(
            code: .methodNotFound,
            message: "Method not found: \(method) is a subscription; connect over WebSocket to use it"
        )
    }
}
