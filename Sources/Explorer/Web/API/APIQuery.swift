import Foundation
import Hummingbird

/// Typed reading of query parameters, refusing bad values with an ``APIError`` that names them.
struct APIQuery: Sendable {
    let parameters: [String: String]

    init(_ request: Request) {
        var values: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { values[String(key)] = String(value) }
        parameters = values
    }

    /// The text of `name`.
    func string(_ name: String) -> String? { parameters[name] }

    /// An unsigned integer in `range`, or `fallback` when absent.
    func integer<T: FixedWidthInteger & Sendable>(_ name: String, in range: ClosedRange<T>, default fallback: T?)
        throws(APIError) -> T?
    {
        guard let text = parameters[name] else { return fallback }
        guard let value = T(text), range.contains(value) else {
            throw .badRequest("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound), got '\(text)'")
        }
        return value
    }

    /// `limit` (1…200, 50 by default) and `page` (from 1).
    func paging() throws(APIError) -> (limit: Int, page: Int) {
        let limit = try integer("limit", in: 1...200, default: 50) ?? 50
        let page = try integer("page", in: 1...1_000_000, default: 1) ?? 1
        return (limit, page)
    }

    /// `order=block_number_desc` or `block_number_asc` (`fallback` when absent).
    func descending(default fallback: Bool) throws(APIError) -> Bool {
        switch parameters["order"] {
        case nil: return fallback
        case "block_number_desc": return true
        case "block_number_asc": return false
        case let other?: throw .badRequest("order must be block_number_desc or block_number_asc, got '\(other)'")
        }
    }
}

extension APIQuery {
    /// The text of `name`, `nil` when absent or empty.
    func nonEmpty(_ name: String) -> String? {
        guard let text = parameters[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    /// An SS58 address in `name`, refused with a message when it is malformed.
    func address(_ name: String) throws(APIError) -> String? {
        guard let text = nonEmpty(name) else { return nil }
        if case .failure(let error) = SS58Shape.check(text) {
            throw .badRequest("\(name) must be an SS58 address, but \(error.reason) (got '\(text)')")
        }
        return text
    }
}
