import Foundation
import Logging
import ServiceLifecycle

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Measures the explorer's pages as a browser gets them: an ``ExplorerServer`` on 127.0.0.1 over
/// `store`, each page requested `rounds` times in sequence over HTTP, latency percentiles reported.
public enum PageLatencyBenchmark {
    /// One page's latency.
    public struct Page: Sendable, Codable, Equatable {
        /// The path requested.
        public var path: String
        /// Median, 95th percentile and slowest latency, milliseconds.
        public var p50: Double, p95: Double, max: Double
        /// Size of the answer, bytes.
        public var bytes: Int
    }

    /// Serves `store` and times `rounds` GETs of each of `paths` (after one warm-up request each).
    public static func run(store: any IndexStore, paths: [String], rounds: Int, logger: Logger) async throws -> [Page] {
        let server = ExplorerServer(store: store, host: "127.0.0.1", port: 0, logger: logger)
        let group = ServiceGroup(services: [server], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let outcome: Result<[Page], any Error>
            do {
                guard let port = await server.listeningPort() else { throw PageBenchmarkError("the explorer did not start") }
                outcome = .success(try await measure(port: port, paths: paths, rounds: max(1, rounds)))
            } catch {
                outcome = .failure(error)
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }

    static func measure(port: Int, paths: [String], rounds: Int) async throws -> [Page] {
        let session = URLSession(configuration: .ephemeral)
        defer { session.finishTasksAndInvalidate() }
        let clock = ContinuousClock()
        var pages: [Page] = []
        for path in paths {
            guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw PageBenchmarkError("bad path \(path)") }
            var bytes = try await get(url, session).count
            var times: [Double] = []
            for _ in 0..<rounds {
                let started = clock.now
                bytes = try await get(url, session).count
                let elapsed = clock.now - started
                times.append(Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) * 1e-15)
            }
            times.sort()
            pages.append(
                Page(
                    path: path, p50: times[times.count / 2], p95: times[min(times.count - 1, times.count * 95 / 100)],
                    max: times[times.count - 1], bytes: bytes))
        }
        return pages
    }

    static func get(_ url: URL, _ session: URLSession) async throws -> Data {
        let (data, response) = try await session.data(from: url)
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            throw PageBenchmarkError("\(url.path) answered \((response as? HTTPURLResponse)?.statusCode ?? 0)")
        }
        return data
    }
}

/// A page benchmark that could not run.
public struct PageBenchmarkError: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String
    init(_ description: String) { self.description = description }
}
