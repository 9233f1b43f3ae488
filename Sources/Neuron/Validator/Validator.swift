import ChainAPI
import ChainClient
import Keys
import LanguageModel
import Logging
import Runtime

/// The 2022 core validator, simplified (see the Validator article): each round samples a held-out
/// context of `ValidatorSequenceLength` tokens, asks every serving miner for its next-phrase
/// distribution through the dendrite, scores each by the phrase cross-entropy of the true
/// continuation, keeps moving-average scores, and sets weights on chain within the rate limit.
public actor Validator {
    /// The validator's hotkey.
    public let hotkey: KeyPair
    /// Its configuration.
    public let configuration: ValidatorConfiguration
    let client: HTTPChainClient
    let dendrite: Dendrite
    let corpus: TextCorpus
    let tokenizer: any TextTokenizer
    let scorer: PhraseScorer
    let scalingLaw = ScalingLaw()
    let logger: Logger
    var board = ScoreBoard()
    var sampler: ContextSampler?
    var generator: SeededGenerator
    var lastRows: [UInt16: ValidatorSnapshot.Row] = [:]
    var weights: [UInt16: UInt16] = [:]
    var lastWeightsBlock: UInt64?
    var weightsNote = "not set yet"
    var round = 0

    /// A validator scoring miners on `corpus` (held-out text) cut by `tokenizer`.
    public init(
        hotkey: KeyPair, client: HTTPChainClient, corpus: TextCorpus, tokenizer: any TextTokenizer,
        configuration: ValidatorConfiguration, logger: Logger = Logger(label: "yuma.validator")
    ) {
        self.hotkey = hotkey
        self.client = client
        self.corpus = corpus
        self.tokenizer = tokenizer
        self.configuration = configuration
        self.logger = logger
        self.scorer = PhraseScorer(vocabularySize: tokenizer.vocabularySize)
        self.dendrite = Dendrite(hotkey: hotkey, externalIP: configuration.ownExternalIP)
        self.generator = SeededGenerator(seed: configuration.seed)
    }

    /// Runs rounds until cancelled, handing each round's snapshot to `show`.
    public func run(show: @Sendable (ValidatorSnapshot) -> Void) async throws(NeuronError) {
        defer { Task { [dendrite] in await dendrite.shutdown() } }
        while !Task.isCancelled {
            do {
                let snapshot = try await step()
                show(snapshot)
            } catch {
                logger.warning("round failed", metadata: ["error": "\(error.description)"])
            }
            try? await Task.sleep(for: configuration.stepInterval)
        }
    }
}
