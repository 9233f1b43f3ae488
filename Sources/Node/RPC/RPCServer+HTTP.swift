import ChainAPI
import Foundation
import Hummingbird
import NIOCore

extension RPCServer {
    /// The plain HTTP routes: JSON-RPC on `POST /`, `GET /health`, `GET /metrics`.
    func httpRouter() -> Router<RPCRequestContext> {
        let router = Router(context: RPCRequestContext.self)
        router.post("/") { [dispatcher] request, _ in
            try await Self.answer(request, dispatcher: dispatcher)
        }
        router.get("/health") { _, _ in
            Self.response(.ok, contentType: "application/json", body: #"{"status":"ok"}"#)
        }
        router.get("/metrics") { [metrics] _, _ in
            Self.response(
                .ok, contentType: "text/plain; version=0.0.4; charset=utf-8", body: metrics.render())
        }
        router.get("/") { _, _ in
            Self.response(
                .methodNotAllowed, contentType: "text/plain; charset=utf-8",
                body: "Send JSON-RPC 2.0 with POST, or open a WebSocket on this path.\n"
            )
        }
        return router
    }

    private static func answer(_ request: Request, dispatcher: RPCDispatcher) async throws -> Response {
        let limit = dispatcher.configuration.maxRequestBodySize
        let tooLarge = {
            dispatcher.metrics.invalidRequests.increment()
            return response(
                .contentTooLarge, contentType: "application/json",
                body: dispatcher.encodeFailure(id: .null, .requestTooLarge(limit: limit))
            )
        }
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            return tooLarge()
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            return tooLarge()
        }
        let reply = await dispatcher.handle(Data(body.readableBytesView), session: nil)
        guard let text = reply.body else { return Response(status: .noContent) }
        return response(.ok, contentType: "application/json", body: text)
    }

    private static func response(_ status: HTTPResponse.Status, contentType: String, body: String) -> Response
    {
        Response(
            status: status,
            headers: [.contentType: contentType],
            body: .init(byteBuffer: ByteBuffer(string: body))
        )
    }
}
