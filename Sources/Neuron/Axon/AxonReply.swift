import HTTPTypes
import Hummingbird

/// An axon's answer before it becomes an HTTP response: status, JSON body and protocol headers.
struct AxonReply: Sendable {
    /// HTTP status and `bt_header_axon_status_code`.
    let status: Int
    /// The JSON body.
    let body: ByteBuffer
    /// The protocol headers.
    let headers: [(String, String)]

    /// The Hummingbird response.
    var response: Response {
        var fields = HTTPFields()
        fields.reserveCapacity(headers.count + 2)
        fields[.contentType] = "application/json"
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: body))
    }
}

/// A refusal at some step of the pipeline: the status and Python's message.
struct AxonFailure: Error, Sendable {
    /// HTTP status.
    let status: Int
    /// The text sent as `{"message": …}` and `bt_header_axon_status_message`.
    let message: String
}
