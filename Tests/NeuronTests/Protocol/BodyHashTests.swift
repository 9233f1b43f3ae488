import Foundation
import Testing

@testable import Neuron

@Suite("Body hash")
struct BodyHashTests {
    @Test("no hash fields hash the empty string")
    func empty() {
        #expect(PingSynapse().bodyHash == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
        #expect(BodyHash.compute([]) == BodyHash.empty)
    }

    @Test("dummy_input=21 gives sha3(sha3('21').hex), the hash a Python dendrite sent live")
    func dummy() {
        #expect(Dummy(dummyInput: 21).bodyHash == "92458924edc5f6c19fb90d1d8cec7ec179fd1a4dc293e2d97f8578f6f13ba970")
    }

    @Test("several field types concatenate their hashes in declaration order (hashlib)")
    func mixed() {
        let synapse = Mixed(numbers: [1, 2], flag: true, missing: nil, ratio: 0.5, text: "hi")
        #expect(synapse.bodyHash == "bf124d1c73eb463b1d71612d8510cb65cb832f98f3c209f915a50a4f23833aca")
    }

    @Test("envelope JSON is flat, with the common fields and computed_body_hash empty")
    func envelopeJSON() throws {
        let envelope = SynapseEnvelope(Dummy(dummyInput: 3), timeout: 5)
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(envelope)) as? [String: Any]
        #expect(object?["name"] as? String == "Dummy")
        #expect(object?["dummy_input"] as? Int == 3)
        #expect(object?["computed_body_hash"] as? String == "")
        #expect(object?["timeout"] as? Double == 5)
        let back = try JSONDecoder().decode(SynapseEnvelope<Dummy>.self, from: JSONEncoder().encode(envelope))
        #expect(back.payload == Dummy(dummyInput: 3))
    }

    @Test("TerminalInfo decodes numbers written as strings")
    func lenientTerminal() throws {
        let json = #"{"status_code":"200","port":"8091","nonce":"1700000000000000000","process_time":"0.5","hotkey":null}"#
        let terminal = try JSONDecoder().decode(TerminalInfo.self, from: Data(json.utf8))
        #expect(terminal == TerminalInfo(statusCode: 200, processTime: 0.5, port: 8091, nonce: 1_700_000_000_000_000_000))
    }
}
