import ChainAPI
import ChainClient
import Foundation

extension Indexer {
    /// Stores the blocks after the last indexed one up to `head`: each batch is fetched with
    /// ``IndexerConfiguration/concurrentFetches`` calls in flight and written in one transaction,
    /// followed by the Network Roundup figures the node recorded with each of those blocks.
    func catchUp(_ client: WebSocketChainClient, to head: UInt64) async throws(IndexerError) {
        var next = try await stored { () async throws(IndexStoreError) in try await store.lastIndexedBlock() }
            .map { $0 + 1 } ?? 0
        var previousHash = next == 0
            ? nil : try await stored { () async throws(IndexStoreError) in try await store.blockHash(next - 1) }
        while next <= head {
            let end = min(head, next + UInt64(configuration.batchSize) - 1)
            let blocks = try await fetch(client, next...end)
            for block in blocks {
                if let previousHash, block.parentHash.lowercased() != previousHash.lowercased() {
                    throw .chainDiverged(block: block.number - 1, indexed: previousHash, node: block.parentHash)
                }
                previousHash = block.hash
            }
            let samples = try await node { () async throws(RPCClientError) in try await client.blockStats(next...end) }
                .map(ChainSample.init)
            try await stored { () async throws(IndexStoreError) in
                try await store.write(blocks)
                for sample in samples { try await store.write(sample, metagraphs: []) }
            }
            if head - next > UInt64(configuration.batchSize) {
                logger.info("indexer catching up", metadata: ["indexed": "\(end)", "node.head": "\(head)"])
            }
            configuration.onEvent(.indexed(upTo: end))
            next = end + 1
        }
    }

    /// Fetches `range` concurrently and returns the blocks in order.
    func fetch(_ client: WebSocketChainClient, _ range: ClosedRange<UInt64>) async throws(IndexerError) -> [IndexedBlock] {
        let width = configuration.concurrentFetches
        do {
            return try await withThrowingTaskGroup(of: IndexedBlock.self) { group in
                var numbers = range.makeIterator()
                for _ in 0..<width {
                    guard let number = numbers.next() else { break }
                    group.addTask { try await fetchBlock(client, number) }
                }
                var blocks: [IndexedBlock] = []
                blocks.reserveCapacity(range.count)
                while let block = try await group.next() {
                    blocks.append(block)
                    if let number = numbers.next() { group.addTask { try await fetchBlock(client, number) } }
                }
                return blocks.sorted { $0.number < $1.number }
            }
        } catch let error as IndexerError {
            throw error
        } catch let error as RPCClientError {
            throw .node(error)
        } catch {
            throw .node(.connectionClosed(reason: "\(error)"))
        }
    }

    /// Block `number` with its extrinsics and events.
    func fetchBlock(_ client: WebSocketChainClient, _ number: UInt64) async throws(IndexerError) -> IndexedBlock {
        let (view, events) = try await node { () async throws(RPCClientError) -> (BlockView?, [EventView]) in
            guard let hash = try await client.blockHash(number) else { return (nil, []) }
            return (try await client.block(hash: hash), try await client.events(inBlock: number))
        }
        guard let view else { throw .missingBlock(number) }
        return IndexedBlock(view, events: events)
    }
}

extension IndexedBlock {
    /// The index's record of a block the node served.
    init(_ view: BlockView, events: [EventView]) {
        let header = view.header
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        self.init(
            number: header.number, hash: header.hash.lowercased(), parentHash: header.parentHash.lowercased(),
            timestamp: header.timestamp, author: header.author,
            extrinsics: view.details.map {
                IndexedExtrinsic(
                    hash: $0.hash.lowercased(), blockNumber: header.number, index: $0.index, signer: $0.signer,
                    nonce: $0.nonce, call: $0.call, succeeded: $0.succeeded)
            },
            events: events.map {
                IndexedEvent(
                    blockNumber: header.number, index: $0.index, extrinsicIndex: $0.extrinsicIndex, name: $0.name,
                    fieldsJSON: (try? encoder.encode($0.fields)).map { String(decoding: $0, as: UTF8.self) } ?? "null")
            })
    }
}
