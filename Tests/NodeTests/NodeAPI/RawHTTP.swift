import AsyncHTTPClient
import ChainClient
import NIOCore

/// Posts `body` to the node and returns the status and the answer text; the connection is closed after
/// the answer so that the node's graceful shutdown does not wait for an idle keep-alive connection.
func rawPost(_ body: String, port: Int) async throws -> (status: UInt, text: String) {
    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/")
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/json")
    request.headers.add(name: "Connection", value: "close")
    request.body = .bytes(ByteBuffer(string: body))
    let response = try await HTTPTransport.sharedClient.execute(request, timeout: .seconds(10))
    let answer = try await response.body.collect(upTo: 1 << 20)
    return (response.status.code, String(buffer: answer))
}

/// Posts a request whose `Content-Length` is one byte over `limit` but sends only its first bytes, then
/// waits: the node must answer from the declared length alone, without reading (or waiting for) the body.
func postDeclaringOversizedBody(port: Int, limit: Int) async throws -> (status: UInt, text: String) {
    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/")
    request.method = .POST
    request.headers.add(name: "Content-Type", value: "application/json")
    let (chunks, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
    continuation.yield(ByteBuffer(string: #"{"jsonrpc":"2.0","id":1,"method":"system_health","params":[""#))
    request.body = .stream(chunks, length: .known(Int64(limit + 1)))
    defer { continuation.finish() }
    let response = try await HTTPTransport.sharedClient.execute(request, timeout: .seconds(10))
    let answer = try await response.body.collect(upTo: 1 << 20)
    return (response.status.code, String(buffer: answer))
}
