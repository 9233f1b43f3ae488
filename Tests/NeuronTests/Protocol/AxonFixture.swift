import AsyncHTTPClient
import Foundation
import Keys
import NIOCore
import Testing

@testable import Neuron

/// A synapse whose forward never finishes in time.
struct Slow: Synapse {}

/// Keys of the socket tests: the axon, a registered caller, an unregistered one and a banned one.
enum TestKeys {
    static let axon = key("//Ferdie")
    static let alice = key("//Alice")
    static let bob = key("//Bob")
    static let eve = key("//Eve")

    static func key(_ uri: String) -> KeyPair {
        guard let pair = try? KeyPair(uri: uri) else { fatalError("dev URI \(uri) must derive") }
        return pair
    }
}

/// An axon on 127.0.0.1 serving `Dummy` (doubling) and `Slow`, with the registered-hotkeys blacklist
/// (Alice only) plus a ban on Eve, and a 4 KiB body limit.
struct AxonFixture {
    let axon: Axon
    let endpoint: AxonEndpoint

    static func start(forwardTimeout: Duration? = nil) async throws -> AxonFixture {
        let axon = Axon(
            hotkey: TestKeys.axon, host: "127.0.0.1", port: 0,
            configuration: AxonConfiguration(maxBodyBytes: 4096, forwardTimeout: forwardTimeout))
        let registered = RegisteredHotkeys([TestKeys.alice.ss58Address, TestKeys.eve.ss58Address])
        let banned = TestKeys.eve.ss58Address
        let blacklist: BlacklistHook = { context in
            context.callerHotkey == banned ? .refuse("banned") : registered.decide(context)
        }
        axon.attach(Dummy.self, blacklist: blacklist) { synapse, _ in
            var synapse = synapse
            synapse.dummyOutput = synapse.dummyInput * 2
            return synapse
        }
        axon.attach(Slow.self) { synapse, _ in
            try await Task.sleep(for: .seconds(30))
            return synapse
        }
        let port = try await axon.start()
        return AxonFixture(axon: axon, endpoint: AxonEndpoint(ip: "127.0.0.1", port: port, hotkey: TestKeys.axon.ss58Address))
    }
}

/// An HTTP answer reduced to what the tests check.
struct RawAnswer {
    let status: Int
    let body: Data
    let headers: [String: String]

    /// The `message` of an error body.
    var message: String {
        let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any]
        return object?["message"] as? String ?? ""
    }
}

/// Sends a hand-made request.
func send(_ request: HTTPClientRequest) async throws -> RawAnswer {
    let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
    let body = try await response.body.collect(upTo: 1 << 20)
    var headers: [String: String] = [:]
    for header in response.headers { headers[header.name.lowercased()] = header.value }
    return RawAnswer(status: Int(response.status.code), body: Data(body.readableBytesView), headers: headers)
}

extension HTTPClientRequest {
    /// A copy with header `name` set to `value`.
    func replacing(_ name: String, with value: String) -> HTTPClientRequest {
        var copy = self
        copy.headers.replaceOrAdd(name: name, value: value)
        return copy
    }

    /// A copy with `body` as its JSON body.
    func withBody(_ body: String) -> HTTPClientRequest {
        var copy = self
        copy.body = .bytes(ByteBuffer(string: body))
        return copy
    }
}

extension AxonHTTPRequest {
    /// The same request for AsyncHTTPClient, to send it by hand.
    var client: HTTPClientRequest {
        var request = HTTPClientRequest(url: "http://\(host):\(port)\(path)")
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        return request
    }
}
