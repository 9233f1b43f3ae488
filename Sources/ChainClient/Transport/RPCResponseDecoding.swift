import ChainAPI
import Foundation

/// Reads a JSON-RPC response straight into the caller's type.
///
/// A transport that holds the raw bytes of an answer decodes `{"jsonrpc", "id", "result": R}` with one
/// `JSONDecoder` pass, instead of building a ``ChainAPI/JSONValue`` tree, encoding it again and decoding
/// that. An `error` member, or a result that is not an `R`, takes the general way through `JSONValue`,
/// so errors read exactly as they do there.
enum RPCResponseDecoding {
    /// The result of the response in `bytes` as `R`; `httpStatus` is the HTTP status the bytes came
    /// with, if any (a body that is not JSON-RPC is reported by status when it is not 200).
    static func decode<R: Decodable>(
        _ bytes: Data, method: String, as type: R.Type, httpStatus: UInt? = nil
    ) throws(RPCClientError) -> R {
        if let value = (try? JSONDecoder().decode(ResultMember<R>.self, from: bytes))?.value {
            return value
        }
        guard let general = try? JSONDecoder().decode(JSONRPCResponse<JSONValue>.self, from: bytes) else {
            if let httpStatus, httpStatus != 200 { throw .httpStatus(Int(httpStatus)) }
            throw .invalidResponse("not a JSON-RPC response object")
        }
        let result = try general.outcome.get(orThrow: RPCClientError.server)
        return try result.decoded(as: R.self, method: method)
    }
}

/// The `result` member of a response decoded as `R`; `nil` when the response has an `error` member.
private struct ResultMember<R: Decodable>: Decodable {
    var value: R?

    private enum Keys: String, CodingKey {
        case result, error
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        value = container.contains(.error) ? nil : try container.decode(R.self, forKey: .result)
    }
}

extension JSONValue {
    /// This result decoded as `R`, or ``RPCClientError/decoding(method:reason:)`` naming what it is instead.
    func decoded<R: Decodable>(as type: R.Type, method: String) throws(RPCClientError) -> R {
        do {
            return try decode(R.self)
        } catch {
            throw .decoding(method: method, reason: "expected \(R.self), got \(kindDescription)")
        }
    }
}
