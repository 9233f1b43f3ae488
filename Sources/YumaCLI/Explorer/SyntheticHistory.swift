import ChainClient
import Keys
import Logging
import Node
import Runtime

/// Writes a chain's history for benchmarks of its readers (explorer catch-up): blocks 12 s apart with
/// transfers between development accounts, a subnet and a few registrations, produced by the real
/// runtime and store through ``Chain``.
enum SyntheticHistory {
    /// Extends the chain under `basePath` (created from `spec` when empty) until its head is `blocks`,
    /// with `transfersPerBlock` transfers in each new block; returns the head. A chain already that long
    /// is left as it is.
    static func extend(
        basePath: String, spec: ChainSpec, toBlocks blocks: UInt64, transfersPerBlock: Int, logger: Logger
    ) async throws -> UInt64 {
        let configuration = NodeConfiguration(chain: spec, basePath: basePath, blockTime: .manual, rpcPort: 0)
        let chain = try await Chain.open(configuration, logger: logger)
        let senders = try ["//Alice", "//Bob", "//Charlie", "//Dave"].map { try KeyPair(uri: $0, scheme: .sr25519) }
        let signer = ExtrinsicSigner(genesisHash: chain.genesisHash)
        var nonces: [AccountID: UInt64] = [:]
        func submit(_ call: Call, by key: KeyPair) async throws {
            let state = await chain.state
            let nonce = nonces[key.accountID] ?? state.account(key.accountID).nonce
            _ = try await chain.admit(signer.sign(call, with: key, nonce: nonce))
            nonces[key.accountID] = nonce + 1
        }
        var head = await chain.head
        if head.number == 0, blocks > 0 {
            try await submit(.subnets(.registerNetwork(hotkey: try hotkey(0).accountID)), by: senders[0])
            head = try await chain.produceBlock(timestamp: head.timestamp + 12_000)
            for index in 1...16 {
                let netuid = NetUID(1)
                try await submit(.registration(.burnedRegister(netuid: netuid, hotkey: try hotkey(index).accountID)), by: senders[index % senders.count])
            }
        }
        while head.number < blocks {
            for index in 0..<transfersPerBlock {
                let from = senders[index % senders.count]
                let to = senders[(index + 1) % senders.count]
                try await submit(.balances(.transfer(destination: to.accountID, amount: 1_000_000 + Rao(head.number))), by: from)
            }
            head = try await chain.produceBlock(timestamp: head.timestamp + 12_000)
            if head.number % 1_000 == 0 {
                logger.info("history written", metadata: ["block": "\(head.number)", "of": "\(blocks)"])
            }
        }
        await chain.close()
        return head.number
    }

    /// The hotkey of synthetic neuron `index`.
    static func hotkey(_ index: Int) throws -> KeyPair {
        try KeyPair(uri: "//Alice//history//\(index)", scheme: .sr25519)
    }
}
