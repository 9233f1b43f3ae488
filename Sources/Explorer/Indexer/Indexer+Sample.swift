import ChainAPI
import ChainClient
import Runtime

extension Indexer {
    /// Reads the Roundup figures, each subnet's metagraph and hyperparameters from the node's current
    /// state and stores them at `head`, the block just indexed. The node answers from its head, so the figures are bracketed by two `yuma_totals`
    /// calls: if the node is past `head` or sealed a block in between, the sample is dropped (the next
    /// head brings another), so every sample describes exactly one indexed block.
    func sample(_ client: WebSocketChainClient, at head: UInt64) async throws(IndexerError) {
        let (before, subnets, metagraphs, hyperparameters, after) = try await node {
            () async throws(RPCClientError) -> (TotalsView, [SubnetView], [MetagraphView], [SubnetHyperparameters], TotalsView) in
            let before = try await client.totals()
            let subnets = try await client.subnets()
            var metagraphs: [MetagraphView] = []
            var hyperparameters: [SubnetHyperparameters] = []
            for subnet in subnets {
                metagraphs.append(try await client.metagraph(subnet.netuid))
                hyperparameters.append(try await client.hyperparameters(subnet.netuid))
            }
            return (before, subnets, metagraphs, hyperparameters, try await client.totals())
        }
        guard before.block == head, after.block == head, metagraphs.allSatisfy({ $0.block == after.block }) else {
            logger.debug("sample skipped: the node sealed a block while it was read", metadata: ["block": "\(after.block)"])
            return
        }
        let sample = ChainSample(
            block: after.block, totalIssuance: after.totalIssuance, totalStake: after.totalStake,
            totalEmission: subnets.reduce(UInt64(0)) { $0.addingReportingOverflow($1.emissionPerBlock).partialValue },
            subnets: subnets.map(SubnetSample.init))
        let stored = zip(subnets, hyperparameters).map {
            StoredHyperparameters(netuid: $0.netuid, block: after.block, parameters: $1)
        }
        try await self.stored { () async throws(IndexStoreError) in
            try await store.write(sample, metagraphs: metagraphs)
            try await store.write(hyperparameters: stored)
        }
        configuration.onEvent(.sampled(block: after.block))
    }
}

extension ChainSample {
    /// The Roundup sample of the figures the node recorded with a block.
    init(_ stats: BlockStatsView) {
        self.init(
            block: stats.block, totalIssuance: stats.totalIssuance, totalStake: stats.totalStake,
            totalEmission: stats.subnets.reduce(UInt64(0)) { $0.addingReportingOverflow($1.emissionPerBlock).partialValue },
            subnets: stats.subnets.map(SubnetSample.init))
    }
}

extension SubnetSample {
    /// The Roundup figures of a subnet summary.
    init(_ view: SubnetView) {
        self.init(
            netuid: view.netuid, neurons: UInt64(max(0, view.neurons)), uidLimit: UInt64(view.maxAllowedUids),
            difficulty: view.difficulty, burn: view.burn, totalStake: view.totalStake,
            sequenceLength: view.validatorSequenceLength, emission: view.emissionPerBlock)
    }
}
