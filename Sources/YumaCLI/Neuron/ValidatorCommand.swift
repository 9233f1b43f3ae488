import ArgumentParser
import Foundation
import LanguageModel
import Logging
import Neuron

/// `yuma validator`: scores the subnet's miners and sets weights.
struct ValidatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validator",
        abstract: "Query the subnet's miners on held-out text, score them and set weights.",
        discussion: """
            Each round samples a context of ValidatorSequenceLength tokens (SmolLM2's tokenizer) from the
            held-out corpus (Corpora/heldout: text no n-gram miner trained on), asks every serving miner for
            its next-phrase distribution, scores it by the phrase cross-entropy of the true continuation,
            and keeps moving-average scores; weights are set on chain within the rate limit. A live table
            shows the miners (on a terminal; one log line per round otherwise).
            """)

    @OptionGroup var wallet: WalletOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var models: NeuronModelOptions

    @Option(name: [.customLong("netuid"), .customLong("subtensor.netuid")], help: "Subnet id.")
    var netuid: UInt16

    @Option(name: .customLong("held-out"), help: "The held-out corpus (default: Corpora/heldout of this checkout).")
    var heldOut: String?

    @Option(name: .long, help: "Phrases asked of each miner.")
    var topk = 256

    @Option(name: .long, help: "Seconds a miner has to answer.")
    var timeout = 12.0

    @Option(name: .long, help: "Seed of the context sampling.")
    var seed: UInt64 = 0

    func validate() throws {
        guard (1...TextCausalLMNext.defaultTopK).contains(topk) else { throw ValidationError("--topk must be in 1...4096") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() async throws {
        models.bootstrapLogging()
        let logger = Logger(label: "yuma.validator")
        // A neuron never prompts: an encrypted hotkey's password comes from its BT_PW_ variable.
        let output = try OutputOptions.parse(["--no-prompt"])
        let context = CLIContext(wallet: wallet, network: network, output: output)
        let hotkey = try context.wallet().hotkeyPair(output)
        guard let heldOutPath = heldOut ?? ModelCatalog.corpus("heldout") else {
            throw CLIError("no held-out corpus: pass --held-out DIR (the checkout's Corpora/heldout was not found)")
        }
        let corpus: TextCorpus
        let tokenizer: BPETokenizer
        do {
            corpus = try TextCorpus.load(from: URL(fileURLWithPath: heldOutPath))
            tokenizer = try models.catalog().tokenizer()
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(error)")
        }
        var configuration = ValidatorConfiguration(netuid: netuid, ownExternalIP: ExternalAddress.detectIPv4())
        configuration.topK = topk
        configuration.queryTimeout = timeout
        configuration.seed = seed
        let validator = Validator(
            hotkey: hotkey, client: try context.client(), corpus: corpus, tokenizer: tokenizer,
            configuration: configuration, logger: logger)
        let live = isatty(STDOUT_FILENO) == 1
        try await runUntilSignalled {
            do {
                try await validator.run { snapshot in
                    if live {
                        print("\u{1B}[H\u{1B}[2J" + ValidatorTable.render(snapshot), terminator: "")
                    } else {
                        logger.info("\(ValidatorTable.summary(snapshot))")
                    }
                }
            } catch {
                throw CLIError("\(error)")
            }
        }
        logger.info("validator stopped")
    }
}
