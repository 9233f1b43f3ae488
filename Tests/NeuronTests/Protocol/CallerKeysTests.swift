import Keys
import Testing

@testable import Neuron

@Suite("Caller keys")
struct CallerKeysTests {
    @Test("a first call verifies with the plain key, a repeat call with a prepared one; both accept and refuse alike")
    func preparesRepeatCallers() throws {
        let pair = try KeyPair(uri: "//Alice")
        let keys = CallerKeys()
        let message = "1.alice.axon.uuid.hash"
        let signature = RequestSignature.sign(message, with: pair)
        var forged = Array(signature)
        forged[10] = forged[10] == "0" ? "1" : "0"
        for expectPrepared in [false, true, true] {
            let verifier = try keys.verifier(of: pair.ss58Address)
            switch verifier {
            case .plain(let publicKey):
                #expect(!expectPrepared)
                #expect(RequestSignature.verify(signature, message: message, publicKey: publicKey))
                #expect(!RequestSignature.verify(String(forged), message: message, publicKey: publicKey))
            case .prepared(let key):
                #expect(expectPrepared)
                #expect(key.publicKey == pair.publicKey)
                #expect(RequestSignature.verify(signature, message: message, key: key))
                #expect(!RequestSignature.verify(String(forged), message: message, key: key))
                #expect(!RequestSignature.verify(signature, message: message + "x", key: key))
            }
        }
    }

    @Test("an address that is not SS58 is refused, and a full table of prepared keys starts over")
    func boundsAndErrors() throws {
        let keys = CallerKeys(capacity: 8, preparedCapacity: 2)
        #expect(throws: SS58Error.self) { try keys.verifier(of: "not an address") }
        let addresses = try ["//Alice", "//Bob", "//Charlie"].map { try KeyPair(uri: $0).ss58Address }
        for address in addresses + addresses {
            _ = try keys.verifier(of: address)
        }
        // Charlie's prepared key replaced the full table, so Alice is prepared again on her next call.
        guard case .prepared = try keys.verifier(of: addresses[0]) else {
            Issue.record("a repeat caller should get a prepared key")
            return
        }
    }
}
