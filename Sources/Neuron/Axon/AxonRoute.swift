import Foundation
import NIOCore

/// One attached synapse with its hooks, its type erased so the axon can keep routes in a table.
struct AxonRoute: Sendable {
    /// The route name.
    let name: String
    /// Refuses callers before verification.
    let blacklist: BlacklistHook?
    /// Ranks the request after verification.
    let priority: PriorityHook?
    /// Extra verification after the signature.
    let verify: VerifyHook?
    /// Whether the handler only echoes or fills in fields without waiting (the built-in ping): it then
    /// runs in the request's own task with no deadline, instead of in a task of its own.
    let isImmediate: Bool
    /// Decodes the body, checks its hash against the header, runs the handler and builds the reply.
    let forward: @Sendable (ByteBuffer, ParsedHeaders, SynapseContext, ReplyStamp) async throws -> AxonReply

    /// A route for synapse `S` served by `handler`.
    init<S: Synapse>(
        _ type: S.Type, blacklist: BlacklistHook?, priority: PriorityHook?, verify: VerifyHook?,
        isImmediate: Bool = false, handler: @escaping @Sendable (S, SynapseContext) async throws -> S
    ) {
        name = S.name
        self.blacklist = blacklist
        self.priority = priority
        self.verify = verify
        self.isImmediate = isImmediate
        forward = { body, headers, context, stamp in
            let envelope: SynapseEnvelope<S>
            do {
                envelope = try SynapseEnvelope<S>.fromWire(Array(body.readableBytesView))
            } catch {
                throw AxonFailure(
                    status: 400,
                    message: "Could not parse the request body as \(S.name): \(DecodingProblem.describe(error))")
            }
            let parsedHash = envelope.payload.bodyHash
            guard parsedHash == headers.computedBodyHash else {
                throw BodyHashMismatch(header: headers.computedBodyHash, parsed: parsedHash)
            }
            let result = try await handler(envelope.payload, context)
            var reply = SynapseEnvelope(result, timeout: headers.timeout, dendrite: context.dendrite)
            reply.axon = stamp.success()
            let json = try reply.wireJSON()
            return AxonReply(
                status: 200, body: ByteBuffer(bytes: json),
                headers: SynapseHeaders.build(reply, bodyHash: result.bodyHash))
        }
    }
}

extension AxonRoute {
    /// The built-in `/Synapse` ping: the synapse echoed back.
    static let ping = AxonRoute(
        PingSynapse.self, blacklist: nil, priority: nil, verify: nil, isImmediate: true, handler: { synapse, _ in synapse })
}

/// The axon-side fields of a reply, finished when the reply is built (it knows the start time).
struct ReplyStamp: Sendable {
    /// The axon terminal before the status is known.
    let axon: TerminalInfo
    /// When the request arrived.
    let started: ContinuousClock.Instant

    /// The terminal of a successful reply.
    func success() -> TerminalInfo { finished(status: 200, message: "Success") }

    /// The terminal with status, message and the seconds spent so far.
    func finished(status: Int, message: String) -> TerminalInfo {
        var terminal = axon
        terminal.statusCode = status
        terminal.statusMessage = message
        let elapsed = ContinuousClock.now - started
        terminal.processTime = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return terminal
    }
}

/// The body does not hash to the `computed_body_hash` the signature covered (Python answers 500).
struct BodyHashMismatch: Error, CustomStringConvertible {
    /// The header's hash.
    let header: String
    /// The hash of the parsed body.
    let parsed: String

    /// Python's wording.
    var description: String { "Hash mismatch between header body hash \(header) and parsed body hash \(parsed)" }
}

/// Short descriptions of JSON decoding failures.
enum DecodingProblem {
    /// `missing field 'x'`, `field 'x': expected Int`, or the error's own text.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch decoding {
        case .keyNotFound(let key, _): return "missing field '\(key.stringValue)'"
        case .typeMismatch(let type, let context): return "field '\(path(context))': expected \(type)"
        case .valueNotFound(let type, let context): return "field '\(path(context))': expected \(type), got null"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "field '\(path(context))': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
