import NIOCore
import NIOPosix

/// A lean HTTP/1.1 client for the axon protocol: keep-alive connections from a pool, one request at a
/// time per connection, the whole exchange (connect, send, answer) under one deadline kept on the
/// event loop. A request that meets a reused connection the axon had closed is sent once more on a
/// new one.
struct AxonTransport: Sendable {
    /// The largest answer body accepted.
    static let bodyLimit = 64 << 20

    private let pool: AxonConnectionPool
    private let group: any EventLoopGroup

    /// A transport keeping up to `connectionsPerAxon` connections per axon.
    init(connectionsPerAxon: Int, group: any EventLoopGroup = NIOSingletons.posixEventLoopGroup) {
        pool = AxonConnectionPool(limit: connectionsPerAxon)
        self.group = group
    }

    /// Sends `request` and returns the axon's whole answer, or fails by `timeout`.
    func exchange(_ request: AxonHTTPRequest, timeout: Duration) async throws(AxonTransportError) -> AxonHTTPResponse {
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        let key = AxonConnectionPool.Key(host: request.host, port: request.port)
        var retried = false
        while true {
            let connection: AxonConnection
            let reused: Bool
            switch try await pool.acquire(key) {
            case .reuse(let idle):
                (connection, reused) = (idle, true)
            case .open:
                do {
                    connection = try await AxonConnection.open(
                        host: request.host, port: request.port, deadline: deadline, bodyLimit: Self.bodyLimit, group: group)
                } catch {
                    pool.release(key, nil, reusable: false)
                    throw error
                }
                reused = false
            }
            do {
                let response = try await connection.exchange(request, deadline: deadline)
                pool.release(key, connection, reusable: response.keepAlive)
                return response
            } catch .closedBeforeAnswer where reused && !retried {
                pool.release(key, connection, reusable: false)
                retried = true
            } catch {
                pool.release(key, connection, reusable: false)
                throw error
            }
        }
    }

    /// Closes the idle connections; later exchanges fail with ``AxonTransportError/shutDown``.
    func shutdown() {
        pool.shutdown()
    }
}
