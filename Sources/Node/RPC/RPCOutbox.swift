import Synchronization

/// The bounded queue of text messages waiting to be written to one WebSocket client.
///
/// Producers (responses, subscription feeds) never wait: ``send(_:)`` enqueues or reports that the
/// client fell behind. On the first overflow ``onOverflow`` runs once, and the connection is dropped.
final class RPCOutbox: Sendable {
    /// The messages in the order they were sent, for the connection's writer loop.
    let messages: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let overflowed = Atomic<Bool>(false)
    private let onOverflow: @Sendable () -> Void

    init(capacity: Int, onOverflow: @escaping @Sendable () -> Void) {
        (messages, continuation) = AsyncStream.makeStream(
            of: String.self, bufferingPolicy: .bufferingOldest(capacity))
        self.onOverflow = onOverflow
    }

    /// Enqueues `message`; `false` when the outbox is closed or just overflowed.
    @discardableResult
    func send(_ message: String) -> Bool {
        switch continuation.yield(message) {
        case .enqueued:
            return true
        case .dropped:
            if !overflowed.exchange(true, ordering: .relaxed) {
                continuation.finish()
                onOverflow()
            }
            return false
        case .terminated:
            return false
        @unknown default:
            return false
        }
    }

    /// Whether the client fell behind and was cut off.
    var didOverflow: Bool { overflowed.load(ordering: .relaxed) }

    /// Ends the stream; queued messages are still delivered to the writer.
    func finish() { continuation.finish() }
}
