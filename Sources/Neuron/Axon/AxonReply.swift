import NIOCore

/// An axon's answer before it becomes an HTTP response: status, JSON body and protocol headers.
struct AxonReply: Sendable {
    /// HTTP status and `bt_header_axon_status_code`.
    let status: Int
    /// The JSON body.
    let body: ByteBuffer
    /// The protocol headers.
    let headers: [(String, String)]

}

/// A refusal at some step of the pipeline: the status and Python's message.
struct AxonFailure: Error, Sendable {
    /// HTTP status.
    let status: Int
    /// The text sent as `{"message": …}` and `bt_header_axon_status_message`.
    let message: String
}
