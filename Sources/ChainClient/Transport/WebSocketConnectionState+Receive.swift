import ChainAPI
import Foundation

extension WebSocketConnectionState {
    /// Routes one message from the node: a response to its waiting call, a notification to its subscription.
    ///
    /// A successful subscribe response registers the subscription before the caller resumes, so
    /// notifications that follow it on the wire are never lost.
    func receive(_ text: String) {
        let data = Data(text.utf8)
        if let id = Self.responseID(text) ?? Self.envelopeID(data), let continuation = takeRaw(id) {
            continuation.resume(returning: data)
            return
        }
        guard let incoming = try? JSONDecoder().decode(JSONRPCIncoming.self, from: data) else {
            return
        }
        switch incoming {
        case .response(let response):
            guard case .number(let id) = response.id else { return }
            resolve(id, outcome: response.outcome, text: text)
        case .notification(let notification):
            deliver(notification.result, to: notification.subscription)
        }
    }

    private func resolve(_ id: Int64, outcome: Result<JSONValue, JSONRPCError>, text: String) {
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
        case .raw(let continuation)?:
            continuation.resume(returning: Data(text.utf8))
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

    /// Removes and returns the waiting raw call `id`, leaving any other kind of request in place.
    private func takeRaw(_ id: Int64) -> CheckedContinuation<Data, any Error>? {
        withState { state in
            guard case .raw(let continuation)? = state.pending[id] else { return nil }
            state.pending[id] = nil
            return continuation
        }
    }

    /// The id of a response that starts the way the node writes them, `{"jsonrpc":"2.0","id":<digits>,`,
    /// read without parsing the rest; `nil` for anything else (which then goes through the decoder).
    static func responseID(_ text: String) -> Int64? {
        let prefix = #"{"jsonrpc":"2.0","id":"#.utf8
        var utf8 = text.utf8.makeIterator()
        for expected in prefix where utf8.next() != expected { return nil }
        var id: Int64 = 0
        var digits = 0
        while let byte = utf8.next() {
            if byte == UInt8(ascii: ",") { return digits > 0 ? id : nil }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 18 else { return nil }
            id = id * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return nil
    }

    /// The numeric id of a response (a message without `method`) found by decoding only its envelope.
    static func envelopeID(_ data: Data) -> Int64? {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: data), envelope.method == nil,
            case .number(let id)? = envelope.id
        else { return nil }
        return id
    }

    /// The members of a message that route it.
    private struct Envelope: Decodable {
        var id: JSONRPCID?
        var method: String?
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
