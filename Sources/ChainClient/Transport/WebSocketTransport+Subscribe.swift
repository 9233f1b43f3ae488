import ChainAPI

extension WebSocketTransport {
    /// Subscribes with `method` and returns the live subscription; values that do not decode as
    /// `Element` end the stream with ``RPCClientError/decoding(method:reason:)``.
    public func subscribe<Element: Decodable & Sendable>(
        method: String, params: JSONRPCParams, unsubscribeMethod: String, as type: Element.Type
    ) async throws(RPCClientError) -> RPCSubscription<Element> {
        let (values, continuation) = AsyncThrowingStream.makeStream(
            of: Element.self, throwing: (any Error).self)
        let sink = WebSocketConnectionState.Sink(
            deliver: { value in
                do {
                    let element = try value.decode(Element.self)
                    if case .terminated = continuation.yield(element) { return false }
                    return true
                } catch {
                    continuation.finish(throwing: RPCClientError.decoding(method: method, reason: "\(error)"))
                    return false
                }
            },
            finish: { error in continuation.finish(throwing: error) }
        )
        let result = try await request(method: method, params: params) { .subscribe($0, sink) }
        guard let id = WebSocketConnectionState.subscriptionID(result) else {
            throw .invalidResponse("the subscription id is not a string or number")
        }
        // The consumer stopped iterating or cancelled: unsubscribe at the node unless cancel() already did.
        continuation.onTermination = { [weak self] _ in
            guard let self, self.state.removeSubscription(id) else { return }
            self.sendIgnoringAnswer(method: unsubscribeMethod, params: [.string(id)])
        }
        return RPCSubscription(id: id, values: values) { [weak self] in
            guard let self, self.state.removeSubscription(id) else { return }
            _ = try? await self.send(method: unsubscribeMethod, params: [.string(id)])
            continuation.finish()
        }
    }
}
