import ChainAPI
import Runtime

extension ChainClient {
    /// `author_submitExtrinsic`: hands a signed extrinsic to the node's pool and returns its hash; a
    /// refusal (bad signature, stale nonce, unaffordable fee, duplicate) is a server error with code
    /// 1010–1014.
    @discardableResult
    public func submit(_ extrinsic: SignedExtrinsic) async throws(RPCClientError) -> String {
        try await submit(hex: extrinsic.hexEncoded)
    }

    /// `author_submitExtrinsic` with an already encoded extrinsic (`0x` hex).
    @discardableResult
    public func submit(hex: String) async throws(RPCClientError) -> String {
        try await rpc.call("author_submitExtrinsic", encoding: hex)
    }

    /// `author_pendingExtrinsics`: the encodings (`0x` hex) of the extrinsics waiting in the pool,
    /// ready ones first in block order.
    public func pendingExtrinsics() async throws(RPCClientError) -> [String] {
        try await rpc.call("author_pendingExtrinsics")
    }

    /// The pending extrinsics decoded; an encoding that does not decode is a decoding error.
    public func pendingSignedExtrinsics() async throws(RPCClientError) -> [SignedExtrinsic] {
        var decoded: [SignedExtrinsic] = []
        for hex in try await pendingExtrinsics() {
            guard let extrinsic = SignedExtrinsic(hexEncoded: hex) else {
                throw .decoding(method: "author_pendingExtrinsics", reason: "\(hex.prefix(20))… is not a signed extrinsic")
            }
            decoded.append(extrinsic)
        }
        return decoded
    }
}

extension ChainClient where Transport: RPCSubscriptionTransport {
    /// `author_submitAndWatchExtrinsic`: submits and streams the extrinsic's statuses (`ready` or
    /// `future`, then `inBlock`, `finalized`; or `dropped` / `invalid`). The stream finishes after the
    /// final status; stopping the iteration unwatches at the node.
    public func submitAndWatch(_ extrinsic: SignedExtrinsic) async throws(RPCClientError)
        -> AsyncThrowingStream<ExtrinsicStatus, any Error>
    {
        try await submitAndWatch(hex: extrinsic.hexEncoded)
    }

    /// `author_submitAndWatchExtrinsic` with an already encoded extrinsic (`0x` hex).
    public func submitAndWatch(hex: String) async throws(RPCClientError)
        -> AsyncThrowingStream<ExtrinsicStatus, any Error>
    {
        let subscription = try await rpc.subscribe(
            "author_submitAndWatchExtrinsic", encoding: hex, unsubscribe: "author_unwatchExtrinsic",
            as: ExtrinsicStatus.self)
        return Self.untilFinal(subscription)
    }

    /// `chain_subscribeNewHeads`: every new head from now on.
    public func subscribeNewHeads() async throws(RPCClientError) -> RPCSubscription<HeaderView> {
        try await rpc.subscribe("chain_subscribeNewHeads", unsubscribe: "chain_unsubscribeNewHeads")
    }

    /// `chain_subscribeFinalizedHeads`: every final head from now on (the same as new heads on a single node).
    public func subscribeFinalizedHeads() async throws(RPCClientError) -> RPCSubscription<HeaderView> {
        try await rpc.subscribe("chain_subscribeFinalizedHeads", unsubscribe: "chain_unsubscribeFinalizedHeads")
    }

    /// Forwards statuses until a final one, then unsubscribes; a consumer that stops early unsubscribes too.
    static func untilFinal(_ subscription: RPCSubscription<ExtrinsicStatus>)
        -> AsyncThrowingStream<ExtrinsicStatus, any Error>
    {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ExtrinsicStatus.self)
        let forwarder = Task {
            do {
                for try await status in subscription {
                    continuation.yield(status)
                    if status.isFinal { break }
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
            await subscription.cancel()
        }
        continuation.onTermination = { _ in forwarder.cancel() }
        return stream
    }
}
