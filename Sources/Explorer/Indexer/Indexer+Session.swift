import ChainAPI
import ChainClient
import Foundation

extension Indexer {
    /// One connection: check the chain, catch up, then follow new heads until the connection ends.
    func session(onConnected: () -> Void) async throws(IndexerError) {
        let client = try await node { () async throws(RPCClientError) in
            try await ChainClient.connect(webSocketURL: configuration.webSocketURL)
        }
        do throws(IndexerError) {
            try await follow(client, onConnected: onConnected)
            await client.close()
        } catch {
            await client.close()
            throw error
        }
    }

    func follow(_ client: WebSocketChainClient, onConnected: () -> Void) async throws(IndexerError) {
        let identity = try await node { () async throws(RPCClientError) in
            ChainIdentity(genesisHash: try await client.genesisHash().description, chainName: try await client.chainName())
        }
        do {
            try await store.bind(to: identity)
        } catch {
            if case .otherChain = error { throw .otherChain(error) }
            throw .store(error)
        }
        let last = try await stored { () async throws(IndexStoreError) in try await store.lastIndexedBlock() }
        try await checkContinuity(client, at: last)
        let heads = try await node { () async throws(RPCClientError) in try await client.subscribeNewHeads() }
        let head = try await node { () async throws(RPCClientError) in try await client.head() }
        onConnected()
        logger.info(
            "indexer connected",
            metadata: [
                "chain": "\(identity.chainName)", "genesis": "\(identity.genesisHash)",
                "indexed": "\(last.map(String.init) ?? "none")", "node.head": "\(head.number)",
            ])
        configuration.onEvent(.connected(lastIndexed: last, nodeHead: head.number))
        try await advance(client, to: head.number)
        do {
            for try await header in heads {
                try await advance(client, to: header.number)
            }
        } catch let error as IndexerError {
            throw error
        } catch let error as RPCClientError {
            throw .node(error)
        } catch {
            throw .node(.connectionClosed(reason: "\(error)"))
        }
        throw .subscriptionEnded
    }

    /// Indexes every block up to `head`, then samples the node's state.
    func advance(_ client: WebSocketChainClient, to head: UInt64) async throws(IndexerError) {
        let seenAt = UInt64(max(0, Date().timeIntervalSince1970 * 1000))
        try await stored { () async throws(IndexStoreError) in try await store.recordNodeHead(head, seenAt: seenAt) }
        try await catchUp(client, to: head)
        try await sample(client, at: head)
    }

    /// Refuses a node whose block `last` differs from the indexed one (a reset chain).
    func checkContinuity(_ client: WebSocketChainClient, at last: UInt64?) async throws(IndexerError) {
        guard let last else { return }
        let indexed = try await stored { () async throws(IndexStoreError) in try await store.blockHash(last) }
        guard let indexed else { return }
        let theirs = try await node { () async throws(RPCClientError) in try await client.blockHash(last) }
        guard theirs?.lowercased() == indexed.lowercased() else {
            throw .chainDiverged(block: last, indexed: indexed, node: theirs)
        }
    }

    /// Runs a node call, wrapping its error.
    func node<T>(_ body: () async throws(RPCClientError) -> T) async throws(IndexerError) -> T {
        do {
            return try await body()
        } catch {
            throw .node(error)
        }
    }

    /// Runs a store call, wrapping its error.
    func stored<T>(_ body: () async throws(IndexStoreError) -> T) async throws(IndexerError) -> T {
        do {
            return try await body()
        } catch {
            throw .store(error)
        }
    }
}
