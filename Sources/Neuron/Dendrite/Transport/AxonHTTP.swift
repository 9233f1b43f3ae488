import NIOCore
import NIOHTTP1

/// One HTTP POST a dendrite sends to an axon: where, the headers and the JSON body.
public struct AxonHTTPRequest: Sendable {
    /// The axon's host.
    public var host: String
    /// The axon's port.
    public var port: Int
    /// The path, `/<SynapseName>`.
    public var path: String
    /// Header fields in order (`Host` and `Content-Length` are added when sent).
    public var headers: [(String, String)]
    /// The body bytes.
    public var body: [UInt8]

    /// A request for `path` on `host:port`.
    public init(host: String, port: Int, path: String, headers: [(String, String)], body: [UInt8]) {
        self.host = host
        self.port = port
        self.path = path
        self.headers = headers
        self.body = body
    }
}

/// An axon's HTTP answer.
struct AxonHTTPResponse: Sendable {
    /// The status code.
    var status: Int
    /// The status line's reason phrase.
    var reason: String
    /// The header fields.
    var headers: HTTPHeaders
    /// The whole body.
    var body: ByteBuffer
    /// Whether the connection may carry another request.
    var keepAlive: Bool
}

/// Why an exchange with an axon failed.
enum AxonTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection could be opened.
    case connect(reason: String)
    /// The deadline passed before the whole answer arrived.
    case timedOut
    /// The connection closed before any of the answer arrived.
    case closedBeforeAnswer
    /// The connection closed in the middle of the answer.
    case closedDuringAnswer
    /// The answer's body is larger than the limit.
    case bodyTooLarge(limit: Int)
    /// The answer is not valid HTTP/1.1.
    case malformed(String)
    /// The dendrite was shut down.
    case shutDown

    /// What went wrong, in words.
    var description: String {
        switch self {
        case .connect(let reason): "could not connect: \(reason)"
        case .timedOut: "the deadline passed"
        case .closedBeforeAnswer: "the axon closed the connection before answering"
        case .closedDuringAnswer: "the axon closed the connection in the middle of its answer"
        case .bodyTooLarge(let limit): "the answer is larger than \(limit) bytes"
        case .malformed(let reason): "malformed answer: \(reason)"
        case .shutDown: "the dendrite was shut down"
        }
    }
}

extension TimeAmount {
    /// `duration` in nanoseconds, saturating.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        let (total, overflow2) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
        self = .nanoseconds(overflow || overflow2 ? (seconds < 0 ? .min : .max) : total)
    }
}
