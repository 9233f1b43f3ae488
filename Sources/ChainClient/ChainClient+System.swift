import ChainAPI
import Runtime

extension ChainClient {
    /// `system_health`: peers and sync state.
    public func health() async throws(RPCClientError) -> HealthView {
        try await rpc.call("system_health")
    }

    /// `system_chain`: the chain's display name, e.g. `Yuma Finney Development`.
    public func chainName() async throws(RPCClientError) -> String {
        try await rpc.call("system_chain")
    }

    /// `system_name`: the node implementation's name, `Yuma`.
    public func nodeName() async throws(RPCClientError) -> String {
        try await rpc.call("system_name")
    }

    /// `system_version`: the node's version.
    public func version() async throws(RPCClientError) -> String {
        try await rpc.call("system_version")
    }

    /// `system_properties`: SS58 format, token decimals and symbol.
    public func properties() async throws(RPCClientError) -> ChainProperties {
        try await rpc.call("system_properties")
    }

    /// `state_getRuntimeVersion`: the runtime's name and spec version (part of every signing payload).
    public func runtimeVersion() async throws(RPCClientError) -> RuntimeVersion {
        try await rpc.call("state_getRuntimeVersion")
    }

    /// `chain_getGenesisHash`: the hash of block 0, fetched once and then cached by this client.
    public func genesisHash() async throws(RPCClientError) -> Hash256 {
        if let cached = cache.genesisHash { return cached }
        let text: String = try await rpc.call("chain_getGenesisHash")
        guard let hash = try? Hash256(hex: text) else {
            throw .decoding(method: "chain_getGenesisHash", reason: "\(text) is not a 32-byte hash in hex")
        }
        cache.store(genesisHash: hash)
        return hash
    }
}

/// `system_properties`: how amounts and addresses are shown.
public struct ChainProperties: Sendable, Codable, Equatable {
    /// The SS58 address prefix (42).
    public var ss58Format: Int
    /// Decimals of one token (9: 1 τ = 10⁹ rao).
    public var tokenDecimals: Int
    /// The token's symbol (`TAO`).
    public var tokenSymbol: String
    /// Which rules the chain follows (`nakamoto` or `finney`); absent from nodes that predate it.
    public var era: String?

    /// Properties.
    public init(ss58Format: Int, tokenDecimals: Int, tokenSymbol: String, era: String? = nil) {
        self.ss58Format = ss58Format
        self.tokenDecimals = tokenDecimals
        self.tokenSymbol = tokenSymbol
        self.era = era
    }
}
