import ChainClient
import Foundation
import Keys
import LanguageModel
import Logging

/// A miner: serves a language model through an axon as `TextCausalLMNext`, to registered callers
/// first by stake, and keeps its axon announced on chain.
public final class Miner: Sendable {
    /// The miner's hotkey.
    public let hotkey: KeyPair
    /// The model it serves.
    public let predictor: any NextPhrasePredictor
    /// Its configuration.
    public let configuration: MinerConfiguration
    /// The axon.
    public let axon: Axon
    let client: HTTPChainClient
    let metagraph: MetagraphWatcher
    let stats = MinerStats()
    let logger: Logger

    /// A miner of `hotkey` serving `predictor`, on the node behind `client`.
    public init(
        hotkey: KeyPair, predictor: any NextPhrasePredictor, client: HTTPChainClient,
        configuration: MinerConfiguration, logger: Logger = Logger(label: "yuma.miner")
    ) {
        self.hotkey = hotkey
        self.predictor = predictor
        self.configuration = configuration
        self.client = client
        self.logger = logger
        self.metagraph = MetagraphWatcher(client: client, netuid: configuration.netuid, logger: logger)
        self.axon = Axon(hotkey: hotkey, host: configuration.axonHost, port: configuration.axonPort, logger: logger)
        attachRoutes()
    }

    func attachRoutes() {
        let watcher = metagraph
        let predictor = predictor
        let limits = configuration.limits
        let stats = stats
        let logger = logger
        axon.attach(
            TextCausalLMNext.self,
            blacklist: configuration.requireRegistration ? watcher.registered.hook : nil,
            priority: { context in Double(await watcher.stake(of: context.callerHotkey)) },
            forward: { request, context in
                let started = ContinuousClock.now
                do {
                    let answer = try await request.answer(using: predictor, limits: limits)
                    let elapsed = ContinuousClock.now - started
                    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                    stats.served(caller: context.callerHotkey, seconds: seconds)
                    logger.debug(
                        "served TextCausalLMNext",
                        metadata: [
                            "caller": "\(context.callerHotkey)", "topk": "\(request.topk)",
                            "phrases": "\(answer.phrases.count)", "ms": "\(Int(seconds * 1000))",
                        ])
                    return answer
                } catch {
                    stats.failed()
                    logger.warning("could not answer", metadata: ["caller": "\(context.callerHotkey)", "error": "\(error)"])
                    throw error
                }
            })
    }

    /// Serves until cancelled: reads the metagraph, starts the axon, announces it, then refreshes and
    /// reports periodically.
    public func run() async throws(NeuronError) {
        do {
            try await metagraph.refresh()
        } catch {
            throw NeuronError("cannot read subnet \(configuration.netuid)'s metagraph: \(error)")
        }
        let port: Int
        do {
            port = try await axon.start()
        } catch {
            throw NeuronError("the axon cannot listen on \(configuration.axonHost):\(configuration.axonPort): \(error)")
        }
        let announcer = AxonAnnouncer(client: client, netuid: configuration.netuid, hotkey: hotkey)
        let changed = try await announcer.announce(ip: configuration.externalIP, port: port)
        logger.info(
            "miner serving",
            metadata: [
                "model": "\(predictor.name)", "axon": "\(configuration.axonHost):\(port)",
                "announced": "\(configuration.externalIP):\(port)\(changed ? "" : " (already on chain)")",
                "hotkey": "\(hotkey.ss58Address)", "netuid": "\(configuration.netuid)",
            ])
        let refresh = Task { await metagraph.run(every: configuration.metagraphRefresh) }
        defer { refresh.cancel() }
        while !Task.isCancelled {
            try? await Task.sleep(for: configuration.reportInterval)
            let counts = stats.drain()
            logger.info(
                "served",
                metadata: [
                    "requests": "\(counts.served)", "failed": "\(counts.failed)",
                    "mean_ms": "\(String(format: "%.1f", counts.meanMilliseconds))", "callers": "\(counts.callers)",
                ])
        }
        await axon.shutdown()
    }
}
