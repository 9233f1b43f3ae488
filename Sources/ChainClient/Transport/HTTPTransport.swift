import AsyncHTTPClient
import ChainAPI
import Foundation
import NIOCore
import Synchronization

/// JSON-RPC over HTTP: one `POST` per call, no subscriptions.
///
/// Cheap to create; by default it shares ``sharedClient``, so ``close()`` has nothing to release.
public struct HTTPTransport: RPCTransport {
    /// The process-wide client transports use by default. Unlike `HTTPClient.shared` it does not retry a
    /// refused connection until the call's deadline, so a node that is down is reported at once.
    public static let sharedClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(5)
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// The node's URL, e.g. `http://127.0.0.1:9944`.
    public let url: String
    /// How long a call may take, from sending to the last byte of the answer.
    public let timeout: Duration
    /// The largest answer accepted, in bytes.
    public let maxResponseSize: Int
    private let client: HTTPClient
    private let ids = RequestIDs()

    /// Creates a transport for the node at `url`.
    public init(
        url: String, client: HTTPClient = HTTPTransport.sharedClient, timeout: Duration = .seconds(30),
        maxResponseSize: Int = 64 * 1024 * 1024
    ) {
        self.url = url
        self.client = client
        self.timeout = timeout
        self.maxResponseSize = maxResponseSize
    }

    /// Posts one request and returns its result.
    public func send(method: String, params: JSONRPCParams) async throws(RPCClientError) -> JSONValue {
        let (status, body) = try await post(method: method, params: params)
        guard let response = try? JSONDecoder().decode(JSONRPCResponse<JSONValue>.self, from: body) else {
            throw status == 200 ? .invalidResponse("not a JSON-RPC response object") : .httpStatus(Int(status))
        }
        return try response.outcome.get(orThrow: RPCClientError.server)
    }

    /// Posts one request and decodes its result from the body's bytes as `R` in one pass.
    public func send<R: Decodable>(
        method: String, params: JSONRPCParams, decoding type: R.Type
    ) async throws(RPCClientError) -> R {
        let (status, body) = try await post(method: method, params: params)
        return try RPCResponseDecoding.decode(body, method: method, as: R.self, httpStatus: status)
    }

    /// Posts one request; returns the HTTP status and the body.
    private func post(method: String, params: JSONRPCParams) async throws(RPCClientError) -> (UInt, Data) {
        let call = JSONRPCRequest(id: .number(ids.next()), method: method, params: params)
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        do {
            request.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(call)))
        } catch {
            throw .encoding("\(error)")
        }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(timeout / .nanoseconds(1)))
        do {
            let response = try await client.execute(request, deadline: deadline)
            let body = try await response.body.collect(upTo: maxResponseSize)
            return (response.status.code, Data(body.readableBytesView))
        } catch is NIOTooManyBytesError {
            throw .invalidResponse("the answer is larger than \(maxResponseSize) bytes")
        } catch is CancellationError {
            throw .cancelled
        } catch {
            throw .unreachable(endpoint: url, reason: "\(error)")
        }
    }

    /// Nothing to release: the underlying `HTTPClient` is owned by the caller.
    public func close() async {}
}

/// Hands out request ids 1, 2, 3, … from any task.
final class RequestIDs: Sendable {
    private let counter = Atomic<Int64>(0)

    /// The next id.
    func next() -> Int64 { counter.wrappingAdd(1, ordering: .relaxed).newValue }
}

extension Result {
    /// The success value, or `transform(failure)` thrown as a typed error.
    func get<E: Error>(orThrow transform: (Failure) -> E) throws(E) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw transform(error)
        }
    }
}
