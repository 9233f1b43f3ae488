import Foundation
import NIOCore

extension Dendrite {
    /// Signs and sends `synapse` to `axon`, waiting at most `timeout` seconds. Never throws: local
    /// failures come back as Python's codes (408 timeout, 503 unavailable, 422 unreadable answer, …).
    public func call<S: Synapse>(_ synapse: S, to axon: AxonEndpoint, timeout: Double = 12) async -> SynapseResponse<S> {
        let started = ContinuousClock.now
        let request = prepare(synapse, to: axon, timeout: timeout)
        var response = SynapseResponse(synapse: synapse, dendrite: request.envelope.dendrite, axon: request.envelope.axon)
        let limit = Duration.nanoseconds(NonceWindow.nanoseconds(max(timeout, 0)))
        do {
            absorb(try await transport.exchange(request.http, timeout: limit), into: &response)
        } catch {
            let (status, message) = Self.classify(error, axon: axon, name: S.name, timeout: timeout)
            fail(&response, status, message)
        }
        let elapsed = ContinuousClock.now - started
        response.dendrite.processTime = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return response
    }

    /// The signed envelope and the HTTP request that carries it (`nonce` overrides the clock, for tests).
    func prepare<S: Synapse>(
        _ synapse: S, to axon: AxonEndpoint, timeout: Double, nonce fixedNonce: Int? = nil
    ) -> (envelope: SynapseEnvelope<S>, http: AxonHTTPRequest) {
        let nonce = fixedNonce ?? nextNonce()
        let bodyHash = synapse.bodyHash
        let message = RequestSignature.message(
            nonce: nonce, dendriteHotkey: hotkeyAddress, axonHotkey: axon.hotkey, uuid: uuid, bodyHash: bodyHash)
        let dendrite = TerminalInfo(
            ip: externalIP, version: ProtocolVersion.current, nonce: nonce, uuid: uuid, hotkey: hotkeyAddress,
            signature: RequestSignature.sign(message, with: hotkey))
        let target = TerminalInfo(ip: axon.ip, port: axon.port, hotkey: axon.hotkey)
        let envelope = SynapseEnvelope(synapse, timeout: timeout, dendrite: dendrite, axon: target)
        var headers = [("Content-Type", "application/json")]
        headers += SynapseHeaders.build(envelope, bodyHash: bodyHash)
        let http = AxonHTTPRequest(
            host: axon.ip, port: axon.port, path: "/\(S.name)", headers: headers, body: (try? envelope.wireJSON()) ?? [])
        return (envelope, http)
    }

    /// Reads an axon's answer: the synapse on 200, the `message` otherwise, then the terminals from
    /// the headers; the dendrite's status mirrors the axon's.
    private func absorb<S: Synapse>(_ answer: AxonHTTPResponse, into response: inout SynapseResponse<S>) {
        let body = answer.body
        if answer.status == 200 {
            do {
                let envelope = try SynapseEnvelope<S>.fromWire(Array(body.readableBytesView))
                response.synapse = envelope.payload
                response.axon = envelope.axon
            } catch {
                fail(&response, 422, "Failed to parse response: \(DecodingProblem.describe(error))")
                return
            }
        } else {
            response.axon.statusCode = answer.status
            let object = try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
            response.axon.statusMessage = object?["message"] as? String ?? answer.reason
        }
        if let headers = try? ParsedHeaders(answer.headers.map { (name: $0.name, value: $0.value) }) {
            response.axon.merge(headers.axon)
            response.dendrite.merge(headers.dendrite)
        }
        response.dendrite.statusCode = response.axon.statusCode ?? answer.status
        response.dendrite.statusMessage = response.axon.statusMessage
    }

    /// Records a local failure on both terminals' dendrite side.
    private func fail<S: Synapse>(_ response: inout SynapseResponse<S>, _ status: Int, _ message: String) {
        response.dendrite.statusCode = status
        response.dendrite.statusMessage = message
    }

    /// Python's dendrite codes for transport errors.
    static func classify(_ error: AxonTransportError, axon: AxonEndpoint, name: String, timeout: Double) -> (Int, String) {
        switch error {
        case .timedOut: (408, "Request timeout after \(timeout.pythonStr) seconds")
        case .connect, .closedBeforeAnswer, .closedDuringAnswer, .shutDown: (503, "Service unavailable at \(axon.hostPort)/\(name)")
        case .bodyTooLarge, .malformed: (500, "Client error: \(error)")
        }
    }
}

extension TerminalInfo {
    /// Overwrites this terminal's fields with `other`'s non-nil ones.
    mutating func merge(_ other: TerminalInfo) {
        statusCode = other.statusCode ?? statusCode
        statusMessage = other.statusMessage ?? statusMessage
        processTime = other.processTime ?? processTime
        ip = other.ip ?? ip
        port = other.port ?? port
        version = other.version ?? version
        nonce = other.nonce ?? nonce
        uuid = other.uuid ?? uuid
        hotkey = other.hotkey ?? hotkey
        signature = other.signature ?? signature
    }
}
