import Foundation
import Testing

@testable import Neuron

/// Successful exchanges and the dendrite's local failure codes over real sockets.
@Suite("Axon and Dendrite on 127.0.0.1")
struct AxonDendriteTests {
    @Test("a Yuma dendrite gets the filled-in synapse, Success and the axon's terminal")
    func success() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let reply = await dendrite.call(Dummy(dummyInput: 21), to: fixture.endpoint, timeout: 120)
        #expect(reply.isSuccess)
        #expect(reply.statusMessage == "Success")
        #expect(reply.synapse == Dummy(dummyInput: 21, dummyOutput: 42))
        #expect(reply.axon.hotkey == TestKeys.axon.ss58Address)
        #expect(reply.axon.processTime != nil)
        let ping = await dendrite.call(PingSynapse(), to: fixture.endpoint, timeout: 120)
        #expect(ping.isSuccess)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("signed requests sent in reverse nonce order are all accepted within the window")
    func outOfOrder() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        // The widest window (4 s + the timeout, capped at 60 s), so a loaded machine cannot age the first request out.
        let requests = (0..<8).map { dendrite.prepare(Dummy(dummyInput: $0), to: fixture.endpoint, timeout: 120).http.client }
        for request in requests.reversed() {
            #expect(try await send(request).status == 200)
        }
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("256 concurrent calls from one dendrite are all answered")
    func fanOut() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let replies = await withTaskGroup(of: SynapseResponse<Dummy>.self) { group in
            for value in 0..<256 {
                group.addTask { await dendrite.call(Dummy(dummyInput: value), to: fixture.endpoint, timeout: 120) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.filter { !$0.isSuccess }.map(\.statusMessage) == [])
        #expect(Set(replies.compactMap(\.synapse.dummyOutput)) == Set((0..<256).map { $0 * 2 }))
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("fan-out to several axons answers in order, with 503 for one that is down")
    func fanOutSeveral() async throws {
        let first = try await AxonFixture.start()
        let second = try await AxonFixture.start()
        let down = try await AxonFixture.start()
        await down.axon.shutdown()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let replies = await dendrite.call(Dummy(dummyInput: 4), to: [first.endpoint, down.endpoint, second.endpoint], timeout: 120)
        #expect(replies.map(\.statusCode) == [200, 503, 200])
        #expect(replies[1].statusMessage == "Service unavailable at \(down.endpoint.hostPort)/Dummy")
        await dendrite.shutdown()
        await first.axon.shutdown()
        await second.axon.shutdown()
    }

    @Test("the axon's own forward cap answers 408 before the request's timeout")
    func forwardCap() async throws {
        let fixture = try await AxonFixture.start(forwardTimeout: .seconds(1))
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let reply = await dendrite.call(Slow(), to: fixture.endpoint, timeout: 120)
        #expect(reply.statusCode == 408)
        #expect(reply.statusMessage == "Response timeout after: 1.0s")
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("the dendrite gives up after its timeout with 408")
    func dendriteTimeout() async throws {
        let fixture = try await AxonFixture.start(forwardTimeout: nil)
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        let reply = await dendrite.call(Slow(), to: fixture.endpoint, timeout: 0.3)
        #expect(reply.statusCode == 408)
        #expect(reply.statusMessage == "Request timeout after 0.3 seconds")
        #expect(await dendrite.call(Dummy(dummyInput: 1), to: fixture.endpoint, timeout: 120).isSuccess)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("an axon refusal reaches the dendrite's status")
    func refusalStatus() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.bob)
        let reply = await dendrite.call(Dummy(dummyInput: 1), to: fixture.endpoint, timeout: 120)
        #expect(reply.statusCode == 403)
        #expect(reply.statusMessage == "Forbidden. Key is blacklisted: unregistered.")
        #expect(reply.synapse.dummyOutput == nil)
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }

    @Test("a signature made for another axon's hotkey is refused")
    func wrongAxonHotkey() async throws {
        let fixture = try await AxonFixture.start()
        let dendrite = Dendrite(hotkey: TestKeys.alice)
        var elsewhere = fixture.endpoint
        elsewhere.hotkey = TestKeys.bob.ss58Address
        let reply = await dendrite.call(Dummy(dummyInput: 1), to: elsewhere, timeout: 120)
        #expect(reply.statusCode == 401)
        #expect(reply.statusMessage.hasPrefix("Not Verified with error: Signature mismatch"))
        await dendrite.shutdown()
        await fixture.axon.shutdown()
    }
}
