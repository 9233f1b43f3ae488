import Runtime

/// The node's own Prometheus series (the RPC server adds `yuma_rpc_*`).
struct NodeMetrics: Sendable {
    let height: Gauge
    let poolSize: Gauge
    let blockBuild: Histogram
    let extrinsics: Counter
    let epochBlock: Histogram

    init(registry: MetricsRegistry) {
        height = registry.gauge("yuma_block_height", help: "Number of the latest block.")
        poolSize = registry.gauge("yuma_pool_size", help: "Extrinsics waiting in the transaction pool.")
        blockBuild = registry.histogram(
            "yuma_block_build_seconds", help: "Time to build, execute and commit a block (epochs included).")
        extrinsics = registry.counter("yuma_extrinsics_total", help: "Extrinsics included in blocks.")
        epochBlock = registry.histogram(
            "yuma_epoch_block_seconds",
            help: "Time to build, execute and commit a block that ran one or more epochs.")
    }

    /// Records a sealed block.
    func record(header: BlockHeader, chain: Chain) async {
        height.set(Double(header.number))
        poolSize.set(Double(await chain.poolCount))
        let seconds = await chain.lastBlockBuildSeconds
        blockBuild.observe(seconds)
        if await chain.lastBlockEpochs > 0 { epochBlock.observe(seconds) }
        extrinsics.increment(by: UInt64(await chain.lastBlockExtrinsics))
    }
}
