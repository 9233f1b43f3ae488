import AsyncHTTPClient
import Foundation
import Testing

@testable import Neuron

/// Every refusal of the axon pipeline over a real socket, each followed by a good request.
@Suite("Axon refusals on 127.0.0.1")
struct AxonRefusalTests {
    /// A bad request and what the axon must answer.
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let status: Int
        let messagePrefix: String
        let make: @Sendable (Dendrite, AxonEndpoint) -> HTTPClientRequest
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "forged signature", status: 401, messagePrefix: "Not Verified with error: Signature mismatch with ") {
            dendrite, endpoint in
            let request = dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
            let forged = RequestSignature.sign("something else", with: TestKeys.alice)
            return request.replacing("bt_header_dendrite_signature", with: forged)
        },
        Case(label: "stale nonce", status: 401,
             messagePrefix: "Not Verified with error: Nonce is too old: acceptable delta is 16.00 seconds but request was 6") {
            dendrite, endpoint in
            dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12, nonce: WallClock.nanoseconds() - 60_000_000_000).http.client
        },
        Case(label: "tampered body", status: 500, messagePrefix: "Internal Server Error #") { dendrite, endpoint in
            dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client.withBody(#"{"dummy_input": 2}"#)
        },
        Case(label: "unregistered caller", status: 403, messagePrefix: "Forbidden. Key is blacklisted: unregistered.") {
            _, endpoint in
            Dendrite.transient(TestKeys.bob).prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
        },
        Case(label: "blacklisted caller", status: 403, messagePrefix: "Forbidden. Key is blacklisted: banned.") {
            _, endpoint in
            Dendrite.transient(TestKeys.eve).prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
        },
        Case(label: "oversized body", status: 413, messagePrefix: "Request body exceeds the axon's limit of 4096 bytes") {
            dendrite, endpoint in
            let big = #"{"dummy_input": 1, "pad": ""# + String(repeating: "x", count: 10_000) + #""}"#
            return dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client.withBody(big)
        },
        Case(label: "unknown route", status: 404,
             messagePrefix: "Synapse name 'Nope' not found. Available synapses ['Synapse', 'Dummy', 'Slow']") {
            dendrite, endpoint in
            var request = dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
            request.url = "http://\(endpoint.hostPort)/Nope"
            return request
        },
        Case(label: "bad headers", status: 400,
             messagePrefix: "Improperly formatted request. Could not parse headers into synapse of type Dummy: "
                + "header 'bt_header_dendrite_nonce' is 'abc', expected an integer.") { dendrite, endpoint in
            dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
                .replacing("bt_header_dendrite_nonce", with: "abc")
        },
        Case(label: "missing signature", status: 401, messagePrefix: "Not Verified with error: Missing Signature") {
            dendrite, endpoint in
            var request = dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client
            request.headers.remove(name: "bt_header_dendrite_signature")
            return request
        },
        Case(label: "undecodable body", status: 400, messagePrefix: "Could not parse the request body as Dummy: missing field 'dummy_input'") {
            dendrite, endpoint in
            dendrite.prepare(Dummy(dummyInput: 1), to: endpoint, timeout: 12).http.client.withBody("{}")
        },
        Case(label: "forward timeout", status: 408, messagePrefix: "Response timeout after: 12.0s") { dendrite, endpoint in
            dendrite.prepare(Slow(), to: endpoint, timeout: 12).http.client
        },
    ]

    @Test("refused with Python's status and message, then a good request still succeeds", arguments: cases)
    func refusal(_ testCase: Case) async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let answer = try await send(testCase.make(dendrite, fixture.endpoint))
        #expect(answer.status == testCase.status)
        #expect(answer.message.hasPrefix(testCase.messagePrefix), "\(answer.message)")
        #expect(answer.headers["bt_header_axon_status_code"] == String(testCase.status))
        #expect(answer.headers["bt_header_axon_status_message"] == answer.message)
        let good = await dendrite.call(Dummy(dummyInput: 21), to: fixture.endpoint, timeout: 120)
        #expect(good.statusCode == 200, "\(good.statusMessage)")
        #expect(good.synapse.dummyOutput == 42)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("a replayed request is refused the second time")
    func replay() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let request = dendrite.prepare(Dummy(dummyInput: 5), to: fixture.endpoint, timeout: 12).http.client
        #expect(try await send(request).status == 200)
        let again = try await send(request)
        #expect(again.status == 401)
        #expect(again.message == "Not Verified with error: Nonce is too old, a newer one was last processed")
        #expect(await dendrite.call(Dummy(dummyInput: 1), to: fixture.endpoint, timeout: 120).isSuccess)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }
}

extension Dendrite {
    /// A dendrite used only to prepare requests (its pool is never opened, so never needs shutting down).
    static func transient(_ key: KeyPair) -> Dendrite { TransientDendrites.shared.dendrite(for: key) }
}

import Keys
import Synchronization

/// Dendrites kept for the whole test run, so their HTTP clients are never deinitialised unclosed.
final class TransientDendrites: Sendable {
    static let shared = TransientDendrites()
    private let cache = Mutex<[String: Dendrite]>([:])
    func dendrite(for key: KeyPair) -> Dendrite {
        cache.withLock { cache in
            if let existing = cache[key.ss58Address] { return existing }
            let fresh = Dendrite(hotkey: key)
            cache[key.ss58Address] = fresh
            return fresh
        }
    }
}
