import ChainAPI
import ChainClient
import Foundation

extension Indexer {
    /// Stores the blocks after the last indexed one up to `head`: each batch is fetched with
    /// ``IndexerConfiguration/concurrentFetches`` calls in flight and written in one transaction,
    /// followed by the Network Roundup figures the node recorded with each of those blocks. The next
    /// batch is fetched while the current one is written.
    func catchUp(_ client: WebSocketChainClient, to head: UInt64) async throws(IndexerError) {
        let next = try await stored { () async throws(IndexStoreError) in try await store.lastIndexedBlock() }
            .map { $0 + 1 } ?? 0
        var previousHash = next == 0
            ? nil : try await stored { () async throws(IndexStoreError) in try await store.blockHash(next - 1) }
        guard next <= head else { return }
        var batch = try await fetchBatch(client, batchRange(from: next, to: head))
        while true {
            let range = batch.range
            for block in batch.blocks {
                if let previousHash, block.parentHash.lowercased() != previousHash.lowercased() {
                    throw .chainDiverged(block: block.number - 1, indexed: previousHash, node: block.parentHash)
                }
                previousHash = block.hash
            }
            let following = range.upperBound < head ? batchRange(from: range.upperBound + 1, to: head) : nil
            async let upcoming = prefetch(client, following)
            try await stored { () async throws(IndexStoreError) in
                try await store.write(batch.blocks)
                try await store.write(samples: batch.samples)
            }
            if head - range.lowerBound > UInt64(configuration.batchSize) {
                logger.info("indexer catching up", metadata: ["indexed": "\(range.upperBound)", "node.head": "\(head)"])
            }
            configuration.onEvent(.indexed(upTo: range.upperBound))
            guard let fetched = await upcoming else { return }
            batch = try fetched.get()
        }
    }

    /// The batch of `range` (`nil`: none), its failure kept for the caller to throw.
    func prefetch(_ client: WebSocketChainClient, _ range: ClosedRange<UInt64>?) async -> Result<Batch, IndexerError>? {
        guard let range else { return nil }
        do throws(IndexerError) {
            return .success(try await fetchBatch(client, range))
        } catch {
            return .failure(error)
        }
    }

    /// A run of blocks fetched for one write, with the Roundup samples the node recorded with them.
    struct Batch: Sendable {
        var range: ClosedRange<UInt64>
        var blocks: [IndexedBlock]
        var samples: [ChainSample]
    }

    /// The batch starting at `start`: ``IndexerConfiguration/batchSize`` blocks, or fewer up to `head`.
    func batchRange(from start: UInt64, to head: UInt64) -> ClosedRange<UInt64> {
        start...min(head, start + UInt64(configuration.batchSize) - 1)
    }

    /// Fetches the blocks of `range` and, at the same time, their samples (`yuma_blockStats`, at most
    /// 1,000 blocks a call).
    func fetchBatch(_ client: WebSocketChainClient, _ range: ClosedRange<UInt64>) async throws(IndexerError) -> Batch {
        async let stats: Result<[ChainSample], IndexerError> = {
            var samples: [ChainSample] = []
            for start in stride(from: range.lowerBound, through: range.upperBound, by: 1_000) {
                let part = start...min(range.upperBound, start + 999)
                do throws(RPCClientError) {
                    samples += try await client.blockStats(part).map(ChainSample.init)
                } catch {
                    return .failure(.node(error))
                }
            }
            return .success(samples)
        }()
        let blocks: [IndexedBlock]
        do throws(IndexerError) {
            blocks = try await fetch(client, range)
        } catch {
            _ = await stats
            throw error
        }
        return Batch(range: range, blocks: blocks, samples: try await stats.get())
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
        self.init(
            number: header.number, hash: header.hash.lowercased(), parentHash: header.parentHash.lowercased(),
            timestamp: header.timestamp, author: header.author,
            extrinsics: view.details.map {
                IndexedExtrinsic(
                    hash: $0.hash.lowercased(), blockNumber: header.number, index: $0.index, signer: $0.signer,
                    nonce: $0.nonce, call: $0.call, succeeded: $0.succeeded)
            },
            events: view.events.map {
                IndexedEvent(
                    blockNumber: header.number, index: $0.index, extrinsicIndex: $0.extrinsicIndex, name: $0.name,
                    fieldsJSON: $0.fieldsJSON)
            })
    }
}
