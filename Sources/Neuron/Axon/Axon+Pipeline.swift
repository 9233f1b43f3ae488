import Foundation
import NIOCore

extension Axon {
    /// Answers one request; every refusal becomes Python's status and message, never a thrown error.
    func respond(to request: AxonIncoming) async -> AxonReply {
        let started = ContinuousClock.now
        let name = Self.routeName(request.path)
        var stamp = ReplyStamp(axon: TerminalInfo(version: ProtocolVersion.current, uuid: uuid, hotkey: hotkeyAddress), started: started)
        var headers: ParsedHeaders?
        do {
            guard let route = routes.withLock({ $0[name] }) else {
                let available = routeNames.map(\.pythonRepr).joined(separator: ", ")
                throw AxonFailure(status: 404, message: "Synapse name '\(name)' not found. Available synapses [\(available)]")
            }
            var parsed = try Self.parseHeaders(request, route: name)
            parsed.dendrite.ip = request.remote?.ipAddress ?? parsed.dendrite.ip
            parsed.dendrite.port = request.remote?.port ?? parsed.dendrite.port
            headers = parsed
            stamp = ReplyStamp(axon: axonTerminal(addressed: parsed.axon), started: started)
            var context = SynapseContext(name: name, dendrite: parsed.dendrite, timeout: parsed.timeout)
            guard let body = request.body else {
                let limit = configuration.maxBodyBytes
                throw AxonFailure(status: 413, message: "Request body exceeds the axon's limit of \(limit) bytes")
            }
            if let blacklist = route.blacklist {
                let decision = await blacklist(context)
                if decision.isBlacklisted {
                    throw AxonFailure(status: 403, message: "Forbidden. Key is blacklisted: \(decision.reason).")
                }
            }
            try await verify(parsed, route: route, context: context)
            if let priority = route.priority {
                let limit = Duration.nanoseconds(NonceWindow.nanoseconds(max(parsed.timeout, 0)))
                let snapshot = context
                guard let value = try await Deadline.run(within: limit, { await priority(snapshot) }) else {
                    throw AxonFailure(status: 408, message: "Response timeout after: \(parsed.timeout.pythonStr)s")
                }
                context.priority = value
            }
            return try await forward(route, body: body, headers: parsed, context: context, stamp: stamp)
        } catch let failure as AxonFailure {
            return Self.refusal(failure, stamp: stamp, headers: headers, name: name)
        } catch {
            let id = UUID().uuidString.lowercased()
            logger.error("axon request failed", metadata: ["route": "\(name)", "error": "\(error)", "id": "\(id)"])
            let failure = AxonFailure(status: 500, message: "Internal Server Error #\(id)")
            return Self.refusal(failure, stamp: stamp, headers: headers, name: name)
        }
    }

    /// Runs the route's forward under the forward deadline.
    private func forward(
        _ route: AxonRoute, body: ByteBuffer, headers: ParsedHeaders, context: SynapseContext, stamp: ReplyStamp
    ) async throws -> AxonReply {
        if route.isImmediate { return try await route.forward(body, headers, context, stamp) }
        let limit = configuration.forwardTimeout ?? .nanoseconds(NonceWindow.nanoseconds(max(headers.timeout, 0)))
        guard let reply = try await Deadline.run(within: limit, { try await route.forward(body, headers, context, stamp) })
        else {
            let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
            throw AxonFailure(status: 408, message: "Response timeout after: \(seconds.pythonStr)s")
        }
        return reply
    }

    /// The axon terminal of a reply: what the caller addressed, with our identity and receipt time.
    private func axonTerminal(addressed: TerminalInfo) -> TerminalInfo {
        var terminal = addressed
        terminal.version = ProtocolVersion.current
        terminal.uuid = uuid
        terminal.nonce = WallClock.nanoseconds()
        terminal.hotkey = hotkeyAddress
        terminal.signature = nil
        return terminal
    }

    /// The first path component (`/Dummy?x` → `Dummy`).
    static func routeName(_ path: String) -> String {
        let trimmed = path.drop(while: { $0 == "/" })
        return String(trimmed.prefix(while: { $0 != "/" && $0 != "?" }))
    }

    /// The protocol headers, or 400 naming the malformed one.
    static func parseHeaders(_ request: AxonIncoming, route: String) throws(AxonFailure) -> ParsedHeaders {
        do {
            return try ParsedHeaders(request.headers.lazy.map { (name: $0.name, value: $0.value) })
        } catch {
            throw AxonFailure(
                status: 400,
                message: "Improperly formatted request. Could not parse headers into synapse of type \(route): \(error).")
        }
    }

    /// `{"message": …}` with the protocol headers of the refusal.
    static func refusal(_ failure: AxonFailure, stamp: ReplyStamp, headers: ParsedHeaders?, name: String) -> AxonReply {
        let axon = stamp.finished(status: failure.status, message: failure.message)
        var fields: [(String, String)] = [("name", name), ("timeout", (headers?.timeout ?? 12.0).pythonStr)]
        fields += SynapseHeaders.terminalHeaders(axon, prefix: SynapseHeaders.axonPrefix)
        fields += SynapseHeaders.terminalHeaders(headers?.dendrite ?? TerminalInfo(), prefix: SynapseHeaders.dendritePrefix)
        fields.append(("computed_body_hash", headers?.computedBodyHash ?? ""))
        let body = (try? JSONEncoder().encode(["message": failure.message])) ?? Data("{}".utf8)
        return AxonReply(status: failure.status, body: ByteBuffer(bytes: body), headers: fields)
    }
}
