import Foundation
import Keys
import Synchronization

/// The client half of Bittensor's HTTP protocol: signs each request with the hotkey and posts it to
/// `http://ip:port/<Name>` with the `bt_header_*` headers a Python or Yuma axon expects.
///
/// One dendrite keeps one connection pool (up to ``maxConnectionsPerAxon`` connections per axon,
/// reused across calls) and one `uuid` for its lifetime, so axons can track its nonces. Call
/// ``shutdown()`` when done.
/// ```swift
/// let dendrite = Dendrite(hotkey: hotkey)
/// let reply = await dendrite.call(Dummy(dummyInput: 21), to: endpoint, timeout: 12)
/// if reply.isSuccess { print(reply.synapse.dummyOutput ?? 0) }
/// await dendrite.shutdown()
/// ```
public final class Dendrite: Sendable {
    /// The hotkey that signs requests.
    public let hotkey: KeyPair
    /// The hotkey as SS58.
    public let hotkeyAddress: String
    /// The fixed instance identifier sent as `bt_header_dendrite_uuid`.
    public let uuid: String
    /// The address sent as `bt_header_dendrite_ip` (axons see the connection's address anyway).
    public let externalIP: String
    /// Connections kept per axon.
    public let maxConnectionsPerAxon: Int
    let transport: AxonTransport
    private let lastNonce = Mutex(0)

    /// A dendrite signing with `hotkey`; `maxConnectionsPerAxon` bounds the pool per axon.
    public init(hotkey: KeyPair, externalIP: String = "127.0.0.1", maxConnectionsPerAxon: Int = 256) {
        self.hotkey = hotkey
        self.hotkeyAddress = hotkey.ss58Address
        self.uuid = UUID().uuidString.lowercased()
        self.externalIP = externalIP
        self.maxConnectionsPerAxon = maxConnectionsPerAxon
        transport = AxonTransport(connectionsPerAxon: maxConnectionsPerAxon)
    }

    /// Closes the connection pool; calls made afterwards fail with 503.
    public func shutdown() async {
        transport.shutdown()
    }

    /// Sends `synapse` to every axon concurrently and returns the answers in the same order.
    public func call<S: Synapse>(_ synapse: S, to axons: [AxonEndpoint], timeout: Double = 12) async -> [SynapseResponse<S>] {
        await withTaskGroup(of: (Int, SynapseResponse<S>).self) { group in
            for (index, axon) in axons.enumerated() {
                group.addTask { (index, await self.call(synapse, to: axon, timeout: timeout)) }
            }
            var answers = [SynapseResponse<S>?](repeating: nil, count: axons.count)
            for await (index, answer) in group { answers[index] = answer }
            return answers.compactMap { $0 }
        }
    }

    /// A wall-clock nanosecond nonce, strictly greater than every earlier one from this dendrite.
    func nextNonce() -> Int {
        let now = WallClock.nanoseconds()
        return lastNonce.withLock { last in
            last = max(now, last + 1)
            return last
        }
    }
}
