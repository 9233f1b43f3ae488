import Foundation
import Hummingbird

/// HTML, JSON and text responses.
enum Responses {
    /// An HTML page.
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        text(page, contentType: "text/html; charset=utf-8", status: status)
    }

    /// A text body with `contentType`.
    static func text(_ body: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// `value` as JSON with snake_case keys.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return text(String(decoding: data, as: UTF8.self), contentType: "application/json; charset=utf-8", status: status)
    }

    /// A JSON error with its message.
    static func jsonError(_ status: Int, _ message: String) -> Response {
        let body = (try? json(APIErrorBody(status: status, message: message), status: .init(code: status)))
        return body ?? text("{\"status\":\(status)}", contentType: "application/json", status: .init(code: status))
    }
}
