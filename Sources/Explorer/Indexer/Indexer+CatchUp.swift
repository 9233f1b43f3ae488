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
            var samples: [ChainSample] = []
            for start in stride(from: next, through: end, by: 1_000) {
                let part = start...min(end, start + 999)
                samples += try await node { () async throws(RPCClientError) in try await client.blockStats(part) }
                    .map(ChainSample.init)
            }
            try await stored { () async throws(IndexStoreError) in
                try await store.write(blocks)
                try await store.write(samples: samples)
            }
            if head - next > UInt64(configuration.batchSize) {
                logger.info("indexer catching up", metadata: ["indexed": "\(end)", "node.head": "\(head)"])
            }
            configuration.onEvent(.indexed(upTo: end))
            next = end + 1
        }
    }

    /// Fetches `range` with `yuma_blockRange`, in chunks of ``IndexerConfiguration/blocksPerCall`` with
    /// ``IndexerConfiguration/concurrentFetches`` calls in flight, and returns the blocks in order.
    func fetch(_ client: WebSocketChainClient, _ range: ClosedRange<UInt64>) async throws(IndexerError) -> [IndexedBlock] {
        let chunk = UInt64(configuration.blocksPerCall)
        let chunks = stride(from: range.lowerBound, through: range.upperBound, by: Int(chunk)).map {
            $0...min(range.upperBound, $0 + chunk - 1)
        }
        let width = configuration.concurrentFetches
        var fetched: [[IndexBlockView]]
        do {
            fetched = try await withThrowingTaskGroup(of: (Int, [IndexBlockView]).self) { group in
                var next = chunks.indices.makeIterator()
                for _ in 0..<width {
                    guard let index = next.next() else { break }
                    group.addTask { (index, try await client.blockRange(chunks[index])) }
                }
                var parts = [[IndexBlockView]](repeating: [], count: chunks.count)
                while let (index, part) = try await group.next() {
                    parts[index] = part
                    if let index = next.next() { group.addTask { (index, try await client.blockRange(chunks[index])) } }
                }
                return parts
            }
        } catch let error as RPCClientError {
            throw .node(error)
        } catch {
            throw .node(.connectionClosed(reason: "\(error)"))
        }
        var blocks: [IndexedBlock] = []
        blocks.reserveCapacity(range.count)
        var expected = range.lowerBound
        for view in fetched.joined() {
            guard view.header.number == expected else { throw .missingBlock(expected) }
            blocks.append(IndexedBlock(view))
            expected += 1
        }
        guard expected == range.upperBound + 1 else { throw .missingBlock(expected) }
        return blocks
    }
}

extension IndexedBlock {
    /// The index's record of a block the node served.
    init(_ view: IndexBlockView) {
        let header = view.header
        let events = view.events
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
