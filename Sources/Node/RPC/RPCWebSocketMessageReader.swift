import Foundation
import HummingbirdWebSocket

/// Reassembles WebSocket messages from frames and enforces the request size limit without closing
/// the connection: a message over the limit is skipped to its last frame and reported as `nil`.
struct RPCWebSocketMessageReader {
    private var frames: WebSocketInboundStream.AsyncIterator
    /// The largest message accepted, in bytes.
    let limit: Int

    init(_ frames: WebSocketInboundStream.AsyncIterator, limit: Int) {
        self.frames = frames
        self.limit = limit
    }

    /// The next message: `.some(data)`, `.some(nil)` when it was too large, `nil` when the stream ended.
    mutating func next() async throws -> Data?? {
        var buffer = Data()
        var tooLarge = false
        while let frame = try await frames.next() {
            if frame.opcode != .continuation {
                buffer.removeAll(keepingCapacity: true)
                tooLarge = false
            }
            if !tooLarge {
                if buffer.count + frame.data.readableBytes > limit {
                    tooLarge = true
                    buffer = Data()
                } else {
                    buffer.append(contentsOf: frame.data.readableBytesView)
                }
            }
            if frame.fin { return .some(tooLarge ? nil : buffer) }
        }
        return nil
    }
}
