import ChainAPI
import ChainClient
import Keys
import Runtime

/// Announces a miner's axon on chain with `serve_axon` (signed by its hotkey), unless the chain
/// already holds the same address.
public struct AxonAnnouncer: Sendable {
    /// The node.
    public let client: HTTPChainClient
    /// The subnet.
    public let netuid: UInt16
    /// The miner's hotkey.
    public let hotkey: KeyPair

    /// An announcer for `hotkey` on `netuid`.
    public init(client: HTTPChainClient, netuid: UInt16, hotkey: KeyPair) {
        self.client = client
        self.netuid = netuid
        self.hotkey = hotkey
    }

    /// Makes the chain show `ip:port`; returns `false` when it already did.
    @discardableResult
    public func announce(ip: String, port: Int, version: UInt32 = UInt32(ProtocolVersion.current)) async throws(NeuronError) -> Bool {
        guard let address = ExternalAddress.ipv4Integer(ip) else {
            throw NeuronError("the axon address \(ip) is not a dotted IPv4 address")
        }
        guard let port16 = UInt16(exactly: port), port16 > 0 else { throw NeuronError("the axon port \(port) is out of range") }
        let neuron: NeuronView?
        do {
            neuron = try await client.neuron(netuid, hotkey: hotkey.ss58Address)
        } catch {
            throw NeuronError("cannot read this hotkey's neuron on subnet \(netuid): \(error)")
        }
        guard let neuron else {
            throw NeuronError(
                "the hotkey \(hotkey.ss58Address) is not registered on subnet \(netuid); register it first (`yuma subnets register`)")
        }
        if let axon = neuron.axon, axon.ip == ip, Int(axon.port) == port { return false }
        let call = Call.serving(
            .serveAxon(
                netuid: netuid, version: version, ip: address, port: port16, ipType: 4, protocol: 4, placeholder1: 0,
                placeholder2: 0))
        let inclusion: ExtrinsicInclusion
        do {
            inclusion = try await client.submitAndWait(call, signedBy: hotkey, timeout: .seconds(60))
        } catch {
            throw NeuronError("serve_axon failed: \(error)")
        }
        guard inclusion.succeeded else {
            throw NeuronError("the chain refused serve_axon in block #\(inclusion.blockNumber) (see its events)")
        }
        return true
    }
}

/// A neuron-level failure (chain, configuration, model), with a message that says what to do.
public struct NeuronError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message.
    public let description: String

    /// An error with its message.
    public init(_ description: String) { self.description = description }
}
