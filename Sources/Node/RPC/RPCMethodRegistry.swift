import ChainAPI

/// The methods a node serves: plain calls and subscriptions, by name.
///
/// Build it before the server starts:
/// ```swift
/// var methods = RPCMethodRegistry()
/// methods.register("system_name") { _, _ in "Yuma" }
/// methods.registerSubscription(
///     "chain_subscribeNewHeads", unsubscribe: "chain_unsubscribeNewHeads", notification: "chain_newHead"
/// ) { _, _ in heads.subscribe() }
/// ```
/// Registering a name twice keeps the last handler.
public struct RPCMethodRegistry: Sendable {
    typealias CallHandler = @Sendable (RPCParams, RPCContext) async throws(RPCError) -> AnyRPCResult

    /// A subscription family: its three method names and how to start a feed.
    struct Subscription: Sendable {
        let subscribe: String
        let unsubscribe: String
        let notification: String
        let start: @Sendable (RPCParams, RPCContext) async throws(RPCError) -> RPCSubscriptionFeed
    }

    enum Entry: Sendable {
        case call(CallHandler)
        case subscribe(Subscription)
        case unsubscribe(Subscription)
    }

    private(set) var entries: [String: Entry] = [:]

    /// Creates an empty registry.
    public init() {}

    /// Registers a call: `handler` reads its params and returns any `Encodable` result, or throws an
    /// ``RPCError`` whose message the caller sees.
    public mutating func register<Result: Encodable & Sendable>(
        _ method: String,
        handler: @escaping @Sendable (RPCParams, RPCContext) async throws(RPCError) -> Result
    ) {
        entries[method] = .call { params, context throws(RPCError) in
            AnyRPCResult(value: try await handler(params, context))
        }
    }

    /// Registers a subscription: `subscribe` returns a fresh id and then pushes every element of the
    /// stream `handler` returns as a `notification` message; `unsubscribe` (or closing the connection)
    /// cancels the iteration, which runs the stream's `onTermination` so the producer can let go.
    public mutating func registerSubscription<Result: Encodable & Sendable>(
        _ subscribe: String,
        unsubscribe: String,
        notification: String,
        handler: @escaping @Sendable (RPCParams, RPCContext) async throws(RPCError) -> AsyncStream<Result>
    ) {
        let subscription = Subscription(
            subscribe: subscribe, unsubscribe: unsubscribe, notification: notification
        ) { params, context throws(RPCError) in
            RPCSubscriptionFeed(try await handler(params, context))
        }
        entries[subscribe] = .subscribe(subscription)
        entries[unsubscribe] = .unsubscribe(subscription)
    }

    /// Every registered method name, sorted.
    public var methodNames: [String] { entries.keys.sorted() }
}

/// A started subscription's values, erased to `Encodable`; iterating it drains the handler's stream.
struct RPCSubscriptionFeed: Sendable {
    /// Calls `sink` for each value until the stream ends, the task is cancelled or `sink` returns `false`.
    let drain: @Sendable (_ sink: @Sendable (AnyRPCResult) -> Bool) async -> Void

    init<Result: Encodable & Sendable>(_ stream: AsyncStream<Result>) {
        self.drain = { sink in
            for await value in stream where !sink(AnyRPCResult(value: value)) {
                return
            }
        }
    }
}
