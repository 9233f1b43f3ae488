import NIOCore
import NIOHTTP1

/// A whole request as the axon's server hands it to the pipeline.
struct AxonIncoming: Sendable {
    /// The request target, `/<Name>` with any query.
    let path: String
    /// The header fields as sent.
    let headers: HTTPHeaders
    /// The body, or `nil` when it was larger than the axon's limit (and was not kept).
    let body: ByteBuffer?
    /// The caller's socket address.
    let remote: SocketAddress?
}
