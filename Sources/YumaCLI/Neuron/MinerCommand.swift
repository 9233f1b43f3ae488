import ArgumentParser
import Foundation
import LanguageModel
import Logging
import Neuron

/// `yuma miner`: serves a language model on a subnet.
struct MinerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miner",
        abstract: "Serve a language model on a subnet through an axon (TextCausalLMNext).",
        discussion: """
            Loads the model (uniform: a uniform guess over the vocabulary; ngram: a trigram model trained on
            Corpora/train on first use; smollm2: SmolLM2-135M from its GGUF file; or a .gguf / saved n-gram
            file), starts the axon, announces it on chain with serve_axon (signed by the hotkey), and
            answers registered callers, higher stake first. Stops cleanly on Ctrl-C.
            """)

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var models: NeuronModelOptions

    @Option(name: [.customLong("netuid"), .customLong("subtensor.netuid")], help: "Subnet id.")
    var netuid: UInt16

    @Option(name: .long, help: "uniform, ngram, smollm2, or a .gguf / n-gram file.")
    var model = "ngram"

    @Option(name: [.customLong("axon.port"), .customLong("axon-port")], help: "The axon's port.")
    var axonPort = 8091

    @Option(name: [.customLong("axon.ip"), .customLong("axon-ip")], help: "The address the axon binds.")
    var axonIP = "0.0.0.0"

    @Option(
        name: [.customLong("axon.external_ip"), .customLong("axon-external-ip")],
        help: "The address announced on chain (default: this machine's first non-loopback IPv4).")
    var externalIP: String?

    @Option(name: .long, help: "Threads for the transformer.")
    var threads = 1

    @Flag(name: .customLong("allow-unregistered"), help: "Answer callers that are not registered on the subnet.")
    var allowUnregistered = false

    func validate() throws {
        guard (1...65_535).contains(axonPort) else { throw ValidationError("--axon.port must be in 1...65535, got \(axonPort)") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be in 1...64, got \(threads)") }
        if let externalIP, ExternalAddress.ipv4Integer(externalIP) == nil {
            throw ValidationError("--axon.external_ip must be a dotted IPv4 address, got \(externalIP)")
        }
    }

    func run() async throws {
        models.bootstrapLogging()
        let logger = Logger(label: "yuma.miner")
        // A neuron never prompts: an encrypted hotkey's password comes from its BT_PW_ variable.
        let output = try OutputOptions.parse(["--no-prompt"])
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let hotkey = try context.wallet().hotkeyPair(output)
        let catalog = try models.catalog()
        let predictor: any NextPhrasePredictor
        do {
            let tokenizer = try catalog.tokenizer()
            predictor = try catalog.predictor(model, tokenizer: tokenizer, threads: threads)
        } catch {
            throw CLIError(error.description)
        }
        var configuration = MinerConfiguration(netuid: netuid, externalIP: externalIP ?? ExternalAddress.detectIPv4())
        configuration.axonHost = axonIP
        configuration.axonPort = axonPort
        configuration.requireRegistration = !allowUnregistered
        let miner = Miner(
            hotkey: hotkey, predictor: predictor, client: try context.client(), configuration: configuration,
            logger: logger)
        try await runUntilSignalled {
            do {
                try await miner.run()
            } catch {
                throw CLIError("\(error)")
            }
        }
        logger.info("miner stopped")
    }
}
