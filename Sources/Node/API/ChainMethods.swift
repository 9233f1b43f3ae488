import ChainAPI
import Foundation
import Hashing
import Runtime

/// The node's JSON-RPC methods (documented in `Node.docc/Methods.md`).
public enum ChainMethods {
    /// The version `system_version` reports.
    public static let nodeVersion = "0.1.0"

    /// Registers every chain method on `registry`; `createBlock` seals a block on demand (manual
    /// block time), or is `nil` when blocks come on a timer.
    public static func register(
        on registry: inout RPCMethodRegistry, chain: Chain,
        createBlock: (@Sendable () async throws(NodeError) -> BlockHeader)?
    ) {
        registerSystem(on: &registry, chain: chain)
        registerBlocks(on: &registry, chain: chain)
        registerAuthor(on: &registry, chain: chain)
        registerState(on: &registry, chain: chain)
        registerSubnets(on: &registry, chain: chain)
        registerStats(on: &registry, chain: chain)
        if let createBlock {
            registry.register("engine_createBlock") { params, _ throws(RPCError) -> HeaderView in
                try params.expectAtMost([])
                do throws(NodeError) {
                    return ChainViews.header(try await createBlock())
                } catch {
                    throw RPCError(code: .callFailed, message: error.description)
                }
            }
        }
    }

    static func registerSystem(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("system_health") { _, _ throws(RPCError) in
            HealthView(peers: 0, isSyncing: false, shouldHavePeers: false)
        }
        registry.register("system_chain") { _, _ throws(RPCError) in chain.spec.name }
        registry.register("system_name") { _, _ throws(RPCError) in "Yuma" }
        registry.register("system_version") { _, _ throws(RPCError) in nodeVersion }
        registry.register("system_properties") { _, _ throws(RPCError) -> JSONValue in
            let era = await chain.state.era
            return .object([
                "ss58Format": .integer(42), "tokenDecimals": .integer(9), "tokenSymbol": .string("TAO"),
                "era": .string(era.rawValue),
            ])
        }
        registry.register("state_getRuntimeVersion") { _, _ throws(RPCError) in RuntimeVersion.current }
        registry.register("chain_getGenesisHash") { _, _ throws(RPCError) in chain.genesisHash.description }
    }

    static func registerBlocks(on registry: inout RPCMethodRegistry, chain: Chain) {
        registry.register("chain_getHeader") { params, _ throws(RPCError) -> HeaderView? in
            try params.expectAtMost(["hash"])
            guard let hash = try params.decodeIfPresent(String.self, at: 0, named: "hash") else {
                return ChainViews.header(await chain.head)
            }
            return try await header(hash: hash, chain: chain).map(ChainViews.header)
        }
        registry.register("chain_getBlock") { params, _ throws(RPCError) -> SignedBlockView? in
            try params.expectAtMost(["hash"])
            let hash = try params.decodeIfPresent(String.self, at: 0, named: "hash")
            let number: UInt64
            if let hash {
                guard let found = try await blockNumber(hash: hash, chain: chain) else { return nil }
                number = found
            } else {
                number = await chain.head.number
            }
            return try await block(number: number, chain: chain)
        }
        registry.register("chain_getBlockHash") { params, _ throws(RPCError) -> String? in
            try params.expectAtMost(["number"])
            guard let number = try params.decodeIfPresent(UInt64.self, at: 0, named: "number") else {
                return await chain.head.hash.description
            }
            return try await storeCall { try await chain.store.blockHash(number: number) }.map {
                "0x" + $0.hexString
            }
        }
        registry.register("chain_getFinalizedHead") { _, _ throws(RPCError) in
            await chain.head.hash.description
        }
        for (subscribe, unsubscribe) in [
            ("chain_subscribeNewHeads", "chain_unsubscribeNewHeads"),
            ("chain_subscribeFinalizedHeads", "chain_unsubscribeFinalizedHeads"),
        ] {
            registry.registerSubscription(subscribe, unsubscribe: unsubscribe, notification: "chain_newHead")
            {
                _, _ throws(RPCError) -> AsyncStream<HeaderView> in
                let heads = await chain.subscribeHeads()
                return AsyncStream { continuation in
                    let task = Task {
                        for await header in heads { continuation.yield(ChainViews.header(header)) }
                        continuation.finish()
                    }
                    continuation.onTermination = { _ in task.cancel() }
                }
            }
        }
        registry.register("yuma_blockEvents") { params, _ throws(RPCError) -> [EventView] in
            try params.expectAtMost(["number"])
            let number = try params.decode(UInt64.self, at: 0, named: "number")
            let events = try await storeCall { try await chain.store.events(inBlock: number) }
            return events.map(eventView)
        }
        registry.register("yuma_extrinsic") { params, _ throws(RPCError) -> ExtrinsicView? in
            try params.expectAtMost(["hash"])
            let hash = try hashBytes(try params.decode(String.self, at: 0, named: "hash"))
            guard let located = try await storeCall({ try await chain.store.extrinsic(hash: hash) }) else {
                return nil
            }
            return extrinsicView(located.extrinsic, block: located.blockNumber)
        }
    }

    static func header(hash: String, chain: Chain) async throws(RPCError) -> BlockHeader? {
        let bytes = try hashBytes(hash)
        guard let encoded = try await storeCall({ try await chain.store.encodedHeader(hash: bytes) }) else {
            return nil
        }
        return try? BlockHeader(decoding: encoded)
    }

    static func blockNumber(hash: String, chain: Chain) async throws(RPCError) -> UInt64? {
        let bytes = try hashBytes(hash)
        return try await storeCall { try await chain.store.blockNumber(hash: bytes) }
    }

    static func block(number: UInt64, chain: Chain) async throws(RPCError) -> SignedBlockView? {
        guard let stored = try await storeCall({ try await chain.store.block(number: number) }),
            let header = try? BlockHeader(decoding: stored.encodedHeader)
        else { return nil }
        let view = BlockView(
            header: ChainViews.header(header),
            extrinsics: stored.extrinsics.map { "0x" + $0.encoded.hexString },
            details: stored.extrinsics.map { extrinsicView($0, block: number) })
        return SignedBlockView(block: view)
    }

    static func extrinsicView(_ stored: StoredExtrinsic, block: UInt64) -> ExtrinsicView {
        let signer =
            (try? AccountID(bytes: stored.signer)).map(Address.ss58) ?? "0x" + stored.signer.hexString
        return ExtrinsicView(
            hash: "0x" + stored.hash.hexString, blockNumber: block, index: stored.index, signer: signer,
            nonce: stored.nonce, call: stored.callName, succeeded: stored.succeeded)
    }

    static func hashBytes(_ text: String) throws(RPCError) -> [UInt8] {
        guard let hash = try? Hash256(hex: text) else {
            throw .invalidParams("\(text) is not a 32-byte hash in hex")
        }
        return hash.bytes
    }

    /// Runs a store query, turning its failure into an internal error with a safe message.
    static func storeCall<T>(_ body: () async throws -> T) async throws(RPCError) -> T {
        do {
            return try await body()
        } catch {
            throw RPCError(code: .callFailed, message: "the node's database could not answer: \(error)")
        }
    }
}
