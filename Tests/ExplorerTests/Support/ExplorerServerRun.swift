import Foundation
import ServiceLifecycle
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@testable import Explorer

/// An explorer server on a free port while `body` runs.
struct ExplorerServerRun: Sendable {
    let port: Int

    static func with<T: Sendable>(store: any IndexStore, _ body: @Sendable (ExplorerServerRun) async throws -> T) async throws -> T {
        let server = ExplorerServer(store: store, port: 0, logger: quietLogger)
        let group = ServiceGroup(services: [server], logger: quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let outcome: Result<T, any Error>
            if let port = await server.listeningPort() {
                do { outcome = .success(try await body(ExplorerServerRun(port: port))) } catch { outcome = .failure(error) }
            } else {
                outcome = .failure(WaitGaveUp(what: "the explorer server to listen"))
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }

    /// GETs `path` without following redirects; returns the status, the content type and the body.
    func get(_ path: String) async throws -> (status: Int, contentType: String, body: String, location: String?) {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(path)") else { throw WaitGaveUp(what: "a URL for \(path)") }
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(from: url)
        let http = response as? HTTPURLResponse
        return (
            http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type") ?? "",
            String(decoding: data, as: UTF8.self), http?.value(forHTTPHeaderField: "Location")
        )
    }

    /// GETs `path` and parses the body as a JSON object.
    func json(_ path: String) async throws -> (status: Int, object: [String: Any]) {
        let (status, _, body, _) = try await get(path)
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return (status, object ?? [:])
    }
}

/// A session delegate that hands redirects back instead of following them.
final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
