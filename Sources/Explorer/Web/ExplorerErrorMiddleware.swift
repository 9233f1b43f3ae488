import Hummingbird
import Logging

/// Turns failures into pages: a real 404 page (JSON under `/api/`), JSON for refused API parameters,
/// and a 500 that does not leak internals.
struct ExplorerErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let store: any IndexStore
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let isAPI = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch let error as APIError {
            if isAPI { return Responses.jsonError(error.status, error.message) }
            return await notFound("The address has a parameter the explorer cannot use: \(error.message).")
        } catch let error as HTTPError where error.status == .notFound {
            if isAPI { return Responses.jsonError(404, "no API endpoint at \(request.uri.path); the API has " + APIRoutes.paths.joined(separator: ", ")) }
            return await notFound("There is no page at \(request.uri.path).")
        } catch let error as NotFound {
            if isAPI { return Responses.jsonError(404, error.what) }
            return await notFound(error.what)
        } catch let error as HTTPError {
            return isAPI ? Responses.jsonError(Int(error.status.code), error.body ?? error.status.reasonPhrase) : Responses.html(error.status.reasonPhrase, status: error.status)
        } catch {
            logger.error("explorer request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            let message = "the explorer could not read its index; try again shortly"
            return isAPI ? Responses.jsonError(500, message) : Responses.html(message, status: .internalServerError)
        }
    }

    func notFound(_ what: String) async -> Response {
        let status = (try? await store.status())
            ?? IndexStatus(chain: nil, lastIndexedBlock: nil, nodeHead: nil, nodeHeadSeenAt: nil, updatedAt: nil)
        return Responses.html(NotFoundPage.render(what, status: status, now: Format.now), status: .notFound)
    }
}

/// An item the index does not hold; the message says which.
struct NotFound: Error, Sendable {
    /// What was looked for.
    var what: String
}
