import Foundation
import Testing

@testable import Neuron

@Suite("Envelope wire JSON")
struct EnvelopeWireTests {
    /// An envelope with every kind of field set, including text that needs escaping.
    static let sample: SynapseEnvelope<Dummy> = {
        let dendrite = TerminalInfo(
            statusCode: 200, statusMessage: "Say \"hi\"\n\\ é 🎉\u{1}\tend", processTime: 0.000012, ip: "127.0.0.1", port: 8091,
            version: 9_000_000, nonce: 1_700_000_000_123_456_789, uuid: "abc", hotkey: "5Grw", signature: "0xbeef")
        var envelope = SynapseEnvelope(Dummy(dummyInput: 21, dummyOutput: 42), timeout: 2.5, dendrite: dendrite)
        envelope.totalSize = 7
        envelope.headerSize = 9
        return envelope
    }()

    @Test("the direct writer and reader agree with the Codable conformance both ways")
    func agreesWithCodable() throws {
        let direct = try Self.sample.wireJSON()
        let viaCodable = try JSONDecoder().decode(SynapseEnvelope<Dummy>.self, from: Data(direct))
        let viaWire = try SynapseEnvelope<Dummy>.fromWire(Array(try JSONEncoder().encode(Self.sample)))
        for decoded in [viaCodable, viaWire] {
            #expect(decoded.payload == Self.sample.payload)
            #expect(decoded.dendrite == Self.sample.dendrite)
            #expect(decoded.axon == Self.sample.axon)
            #expect(decoded.timeout == 2.5)
            #expect(decoded.name == "Dummy")
            #expect(decoded.totalSize == 7 && decoded.headerSize == 9)
        }
    }

    @Test("numbers as text, escapes, nulls and unknown keys are read as pydantic sends them")
    func lenient() throws {
        let body = #"""
            { "timeout": "3.5", "dendrite": {"nonce": "12", "port": 80.0, "uuid": "a\u00e9\/b\ud83c\udf89", "extra": [1, {"x": "}"}]},
              "axon": null, "required_hash_fields": ["dummy_input"], "dummy_input": 5, "name": null }
            """#
        let envelope = try SynapseEnvelope<Dummy>.fromWire(Array(body.utf8))
        #expect(envelope.timeout == 3.5)
        #expect(envelope.dendrite.nonce == 12 && envelope.dendrite.port == 80)
        #expect(envelope.dendrite.uuid == "aé/b🎉")
        #expect(envelope.axon == TerminalInfo())
        #expect(envelope.payload == Dummy(dummyInput: 5))
        #expect(envelope.name == nil)
    }

    @Test("keys written with escapes are still known, and a ping keeps no fields of its own")
    func escapedKeysAndPing() throws {
        let body = #"{"ti\u006deout": "2.5", "dendrite": {"n\u006fnce": 7}, "extra": {"a": 1}}"#
        let envelope = try SynapseEnvelope<PingSynapse>.fromWire(Array(body.utf8))
        #expect(envelope.timeout == 2.5)
        #expect(envelope.dendrite.nonce == 7)
        let written = String(decoding: try envelope.wireJSON(), as: UTF8.self)
        #expect(written.hasSuffix(#""computed_body_hash":""}"#))
        #expect(PingSynapse().bodyHash == BodyHash.empty)
    }

    @Test(
        "malformed bodies name what is wrong",
        arguments: [
            (#"{"dummy_input": 1"#, "not valid JSON"),
            (#"{"dummy_input": 1} x"#, "not valid JSON"),
            (#"{"dendrite": {"nonce": "abc"}, "dummy_input": 1}"#, "field 'dendrite.nonce': 'abc' is not an integer"),
            (#"{"timeout": [], "dummy_input": 1}"#, "field 'timeout': expected Double"),
            (#"{"axon": 3, "dummy_input": 1}"#, "field 'axon': expected TerminalInfo"),
            (#"{"dummy_output": 1}"#, "missing field 'dummy_input'"),
        ])
    func malformed(body: String, problem: String) {
        do {
            _ = try SynapseEnvelope<Dummy>.fromWire(Array(body.utf8))
            Issue.record("decoded \(body)")
        } catch {
            #expect(DecodingProblem.describe(error) == problem)
        }
    }
}
