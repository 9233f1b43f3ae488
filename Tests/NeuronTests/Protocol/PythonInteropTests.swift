import Foundation
import Testing

@testable import Neuron

/// Yuma and the Python Bittensor SDK (10.5) calling each other over 127.0.0.1.
@Suite("Interop with the Python SDK", .enabled(if: PythonPeer.enabled), .serialized)
struct PythonInteropTests {
    /// A Yuma axon that admits only the Python dendrite's hotkey (seed 0x02…).
    func yumaAxon() async throws -> (Axon, AxonEndpoint) {
        let axon = Axon(hotkey: TestKeys.axon, host: "127.0.0.1", port: 0)
        let registered = RegisteredHotkeys([try PythonPeer.keyPair(2).ss58Address])
        axon.attach(Dummy.self, blacklist: registered.hook) { synapse, _ in
            var synapse = synapse
            synapse.dummyOutput = synapse.dummyInput * 2
            return synapse
        }
        let port = try await axon.start()
        return (axon, AxonEndpoint(ip: "127.0.0.1", port: port, hotkey: TestKeys.axon.ss58Address))
    }

    /// Runs the Python dendrite against `endpoint` and decodes its one-line report.
    func pythonDendrite(_ endpoint: AxonEndpoint, badSignature: Bool = false) async throws -> [String: Any] {
        var arguments = [
            PythonPeer.script, "dendrite", "--seed", PythonPeer.seedHex(2), "--port", String(endpoint.port),
            "--axon-hotkey", endpoint.hotkey, "--input", "21",
        ]
        if badSignature { arguments.append("--bad-signature") }
        let result = try await PythonPeer.runDetached(arguments)
        let line = result.output.split(separator: "\n").last.map(String.init) ?? ""
        guard result.status == 0,
            let report = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw PeerFailure(message: "the Python dendrite failed (\(result.status)): \(result.output)") }
        return report
    }

    @Test("a Python dendrite queries a Yuma axon and gets the answer")
    func pythonCallsYuma() async throws {
        let (axon, endpoint) = try await yumaAxon()
        let report = try await pythonDendrite(endpoint)
        #expect(report["status_code"] as? Int == 200)
        #expect(report["status_message"] as? String == "Success")
        #expect(report["dummy_output"] as? Int == 42)
        #expect(report["axon_hotkey"] as? String == TestKeys.axon.ss58Address)
        await axon.shutdown()
    }

    @Test("a Python dendrite with a bad signature is refused by the Yuma axon, which keeps serving")
    func pythonForgery() async throws {
        let (axon, endpoint) = try await yumaAxon()
        let report = try await pythonDendrite(endpoint, badSignature: true)
        #expect(report["status_code"] as? Int == 401)
        #expect((report["status_message"] as? String)?.hasPrefix("Not Verified with error: Signature mismatch with ") == true)
        #expect(try await pythonDendrite(endpoint)["status_code"] as? Int == 200)
        await axon.shutdown()
    }

    @Test("a Yuma dendrite queries a Python axon, which verifies its signature, and gets the answer")
    func yumaCallsPython() async throws {
        let python = try await PythonAxon.start(seed: 1)
        defer { python.stop() }
        let endpoint = AxonEndpoint(ip: "127.0.0.1", port: python.port, hotkey: try PythonPeer.keyPair(1).ss58Address)
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        var reply = await dendrite.call(Dummy(dummyInput: 21), to: endpoint, timeout: 30)
        for _ in 0..<100 where reply.statusCode == 503 {  // hang guard while uvicorn starts
            try await Task.sleep(for: .milliseconds(200))
            reply = await dendrite.call(Dummy(dummyInput: 21), to: endpoint, timeout: 30)
        }
        #expect(reply.statusCode == 200, "\(reply.statusMessage)")
        #expect(reply.synapse.dummyOutput == 42)
        #expect(reply.axon.hotkey == endpoint.hotkey)
        var wrong = endpoint
        wrong.hotkey = TestKeys.bob.ss58Address
        let refused = await dendrite.call(Dummy(dummyInput: 21), to: wrong, timeout: 10)
        #expect(refused.statusCode == 401)
        #expect(refused.statusMessage.hasPrefix("Not Verified with error: Signature mismatch"))
        await dendrite.shutdown()
    }
}
