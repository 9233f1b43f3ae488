import Foundation
import Logging
import Testing

@testable import Explorer

/// The PostgreSQL server of `scripts/start-postgres`, when there is one.
enum PostgresTestDatabase {
    /// `YUMA_POSTGRES_URL`.
    static var url: String? { ProcessInfo.processInfo.environment["YUMA_POSTGRES_URL"] }

    /// Whether PostgreSQL tests run: a server is named, or oracles are required (then a missing one fails).
    static var enabled: Bool {
        url != nil || ProcessInfo.processInfo.environment["YUMA_REQUIRE_ORACLES"] == "1"
    }

    /// A fresh index in a schema of its own, dropped by ``withFreshStore(_:)`` afterwards.
    static func withFreshStore<T>(_ body: (PostgresIndexStore) async throws -> T) async throws -> T {
        guard let url else {
            Issue.record("YUMA_POSTGRES_URL is not set: run eval \"$(scripts/start-postgres)\" first")
            throw CancellationError()
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let separator = url.contains("?") ? "&" : "?"
        let store = try await PostgresIndexStore(
            location: PostgresLocation(url: url + separator + "schema=" + schema), logger: Logger(label: "test"))
        do {
            let result = try await body(store)
            try await store.dropSchema()
            await store.close()
            return result
        } catch {
            try? await store.dropSchema()
            await store.close()
            throw error
        }
    }
}
