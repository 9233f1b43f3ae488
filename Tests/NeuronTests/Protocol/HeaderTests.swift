import Testing

@testable import Neuron

@Suite("Synapse headers")
struct HeaderTests {
    @Test("request headers carry name, timeout, terminals, input objects, sizes and the body hash")
    func build() {
        let envelope = SynapseEnvelope(
            Dummy(dummyInput: 21), timeout: 5,
            dendrite: TerminalInfo(ip: "1.2.3.4", version: 10_005_000, nonce: 42, uuid: "u", hotkey: "h", signature: "0xab"),
            axon: TerminalInfo(ip: "127.0.0.1", port: 8091, hotkey: "a"))
        let headers = Dictionary(uniqueKeysWithValues: SynapseHeaders.build(envelope, bodyHash: "x"))
        #expect(headers["name"] == "Dummy")
        #expect(headers["timeout"] == "5.0")
        #expect(headers["bt_header_axon_port"] == "8091")
        #expect(headers["bt_header_axon_status_code"] == nil)
        #expect(headers["bt_header_dendrite_nonce"] == "42")
        #expect(headers["bt_header_dendrite_signature"] == "0xab")
        #expect(headers["bt_header_input_obj_dummy_input"] == "MA==")
        #expect(headers["computed_body_hash"] == "x")
        #expect(headers["total_size"] == "0")
    }

    @Test("parsing reads terminals case-insensitively and ignores unknown headers")
    func parse() throws {
        let parsed = try ParsedHeaders([
            (name: "Name", value: "Dummy"), (name: "timeout", value: "3.5"),
            (name: "BT_HEADER_DENDRITE_NONCE", value: "7"), (name: "bt_header_dendrite_hotkey", value: "5abc"),
            (name: "bt_header_axon_port", value: "9"), (name: "computed_body_hash", value: "h"),
            (name: "x-other", value: "1"),
        ])
        #expect(parsed.name == "Dummy")
        #expect(parsed.timeout == 3.5)
        #expect(parsed.dendrite.nonce == 7)
        #expect(parsed.dendrite.hotkey == "5abc")
        #expect(parsed.axon.port == 9)
        #expect(parsed.computedBodyHash == "h")
    }

    @Test(
        "malformed numbers are named in the error",
        arguments: [
            ("bt_header_dendrite_nonce", "abc", "an integer"), ("timeout", "soon", "a number of seconds"),
            ("bt_header_dendrite_version", "7.2", "an integer"),
        ])
    func malformed(header: String, value: String, expected: String) {
        #expect(throws: HeaderParseError(header: header, value: value, expected: expected)) {
            try ParsedHeaders([(name: header, value: value)])
        }
    }
}
