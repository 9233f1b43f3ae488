import ChainAPI
import Foundation

extension WebSocketConnectionState {
    /// Routes one message from the node: a response to its waiting call, a notification to its subscription.
    ///
    /// A successful subscribe response registers the subscription before the caller resumes, so
    /// notifications that follow it on the wire are never lost.
    func receive(_ text: String) {
        guard let incoming = try? JSONDecoder().decode(JSONRPCIncoming.self, from: Data(text.utf8)) else {
            return
        }
        switch incoming {
        case .response(let response):
            guard case .number(let id) = response.id else { return }
            resolve(id, outcome: response.outcome)
        case .notification(let notification):
            deliver(notification.result, to: notification.subscription)
        }
    }

    private func resolve(_ id: Int64, outcome: Result<JSONValue, JSONRPCError>) {
        let pending: Pending? = withState { state in
            guard let pending = state.pending.removeValue(forKey: id) else { return nil }
            if case .subscribe(_, let sink) = pending, case .success(let value) = outcome,
                let subscriptionID = Self.subscriptionID(value)
            {
                state.subscriptions[subscriptionID] = sink
            }
            return pending
        }
        switch pending {
        case .call(let continuation)?:
            continuation.resume(with: outcome.mapError(RPCClientError.server))
        case .subscribe(let continuation, _)?:
            if case .success(let value) = outcome, Self.subscriptionID(value) == nil {
                continuation.resume(
                    throwing: RPCClientError.invalidResponse("the subscription id is not a string or number"))
            } else {
                continuation.resume(with: outcome.mapError(RPCClientError.server))
            }
        case .ignore?, nil:
            break
        }
    }

    private func deliver(_ value: JSONValue, to id: String) {
        guard let sink = withState({ $0.subscriptions[id] }) else { return }
        if !sink.deliver(value) { removeSubscription(id) }
    }

    /// A subscription id as the node sends it: a string, or a number read as its decimal string.
    static func subscriptionID(_ value: JSONValue) -> String? {
        switch value {
        case .string(let id): id
        case .integer(let id): "\(id)"
        case .unsignedInteger(let id): "\(id)"
        default: nil
        }
    }
}
