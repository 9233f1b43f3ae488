/// A live subscription: its id and the stream of pushed values.
///
/// Iterate it (or ``values``) with `for try await`. The stream ends with an error when the connection
/// drops. Call ``cancel()`` to unsubscribe; stopping the iteration (breaking out, cancelling the task)
/// unsubscribes too.
public struct RPCSubscription<Element: Sendable>: AsyncSequence, Sendable {
    /// The id the node assigned.
    public let id: String
    /// The pushed values, in the order the node sent them.
    public let values: AsyncThrowingStream<Element, any Error>
    private let cancelAction: @Sendable () async -> Void

    /// Wraps a stream and the action that unsubscribes it.
    public init(
        id: String, values: AsyncThrowingStream<Element, any Error>,
        cancel: @escaping @Sendable () async -> Void
    ) {
        self.id = id
        self.values = values
        self.cancelAction = cancel
    }

    /// Iterates ``values``.
    public func makeAsyncIterator() -> AsyncThrowingStream<Element, any Error>.AsyncIterator {
        values.makeAsyncIterator()
    }

    /// Unsubscribes at the node (waiting for its answer) and ends ``values``.
    public func cancel() async {
        await cancelAction()
    }
}
