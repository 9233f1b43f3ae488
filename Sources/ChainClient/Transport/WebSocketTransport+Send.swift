import ChainAPI
import Foundation

extension WebSocketTransport {
    /// Sends one request and waits for the answer with the same id; cancelling the task stops the wait.
    public func send(method: String, params: JSONRPCParams) async throws(RPCClientError) -> JSONValue {
        try await request(method: method, params: params) { .call($0) }
    }

    /// Sends one request and decodes the answer's bytes as `R` in the calling task, in one pass.
    public func send<R: Decodable>(
        method: String, params: JSONRPCParams, decoding type: R.Type
    ) async throws(RPCClientError) -> R {
        let text = try await request(method: method, params: params) { .raw($0) }
        return try RPCResponseDecoding.decode(text, method: method, as: R.self)
    }

    /// Sends a request whose answer fills the pending entry `makePending` builds.
    func request<Answer: Sendable>(
        method: String, params: JSONRPCParams,
        _ makePending: (CheckedContinuation<Answer, any Error>) -> WebSocketConnectionState.Pending
    ) async throws(RPCClientError) -> Answer {
        let id = ids.next()
        let text: String
        do {
            let data = try JSONEncoder().encode(
                JSONRPCRequest(id: .number(id), method: method, params: params))
            text = String(decoding: data, as: UTF8.self)
        } catch {
            throw .encoding("\(error)")
        }
        guard text.utf8.count <= configuration.maxRequestSize else {
            throw .requestTooLarge(bytes: text.utf8.count, limit: configuration.maxRequestSize)
        }
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    if let error = state.register(id, makePending(continuation)) {
                        continuation.resume(throwing: error)
                        return
                    }
                    if case .terminated = outgoing.yield(text) {
                        state.fail(
                            id,
                            with: state.closedError ?? .connectionClosed(reason: "the transport was closed"))
                    } else if Task.isCancelled {
                        state.fail(id, with: .cancelled)
                    }
                }
            } onCancel: {
                state.fail(id, with: .cancelled)
            }
        } catch let error as RPCClientError {
            throw error
        } catch {
            throw .cancelled
        }
    }

    /// Sends a request whose answer nobody waits for (an unsubscribe on the way out).
    func sendIgnoringAnswer(method: String, params: JSONRPCParams) {
        let id = ids.next()
        let request = JSONRPCRequest(id: .number(id), method: method, params: params)
        guard let data = try? JSONEncoder().encode(request), state.register(id, .ignore) == nil else {
            return
        }
        outgoing.yield(String(decoding: data, as: UTF8.self))
    }
}
