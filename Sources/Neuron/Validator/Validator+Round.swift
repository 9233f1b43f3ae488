import ChainAPI
import ChainClient
import Foundation
import LanguageModel
import Runtime

extension Validator {
    /// One round: read the chain, query every serving miner on one sample, score, maybe set weights.
    public func step() async throws(NeuronError) -> ValidatorSnapshot {
        let netuid = configuration.netuid
        let (metagraph, parameters, head) = try await readChain()
        guard let myUID = metagraph.hotkeys.firstIndex(of: hotkey.ss58Address) else {
            throw NeuronError("the hotkey \(hotkey.ss58Address) is not registered on subnet \(netuid)")
        }
        let sequenceLength = Int(clamping: max(1, parameters.validatorSequenceLength))
        let sampler = try currentSampler(sequenceLength: sequenceLength)
        let sample = sampler.sample(using: &generator)
        let miners = metagraph.axons.indices.filter { uid in uid != myUID && metagraph.axons[uid] != nil }
        let endpoints = miners.compactMap { uid -> AxonEndpoint? in
            guard let axon = metagraph.axons[uid] else { return nil }
            let ip = ExternalAddress.connectAddress(for: axon.ip, ownExternalIP: configuration.ownExternalIP)
            return AxonEndpoint(ip: ip, port: Int(axon.port), hotkey: metagraph.hotkeys[uid])
        }
        let request = TextCausalLMNext(context: sample.context, topk: configuration.topK)
        let responses = await dendrite.call(request, to: endpoints, timeout: configuration.queryTimeout)
        for (uid, response) in zip(miners, responses) {
            let key = UInt16(clamping: uid)
            let score = scorer.score(response.isSuccess ? response.synapse : nil, for: sample, tokenizer: tokenizer)
            if response.isSuccess {
                board.record(uid: key, score: scalingLaw.score(loss: score.loss))
            } else {
                board.recordNoResponse(uid: key)
            }
            var hit = false
            if case .hit = score.outcome { hit = true }
            lastRows[key] = ValidatorSnapshot.Row(
                uid: key, hotkey: metagraph.hotkeys[uid], status: response.statusCode, loss: score.loss, hit: hit,
                score: board.scores[key] ?? 0, weight: weights[key] ?? 0,
                milliseconds: (response.processTime ?? 0) * 1000)
        }
        let served = Set(miners.map { UInt16(clamping: $0) })
        for uid in board.scores.keys where !served.contains(uid) { board.remove(uid: uid) }
        lastRows = lastRows.filter { served.contains($0.key) }
        round += 1
        try await maybeSetWeights(
            head: head, lastUpdate: metagraph.lastUpdate[myUID], parameters: parameters)
        return ValidatorSnapshot(
            block: head, round: round, sequenceLength: sequenceLength,
            rows: lastRows.values.sorted { $0.uid < $1.uid }.map { row in
                var row = row
                row.weight = weights[row.uid] ?? 0
                return row
            }, lastWeightsBlock: lastWeightsBlock, weightsNote: weightsNote)
    }

    func readChain() async throws(NeuronError) -> (MetagraphView, SubnetHyperparameters, UInt64) {
        do {
            let metagraph = try await client.metagraph(configuration.netuid)
            let parameters = try await client.hyperparameters(configuration.netuid)
            let head = try await client.head().number
            return (metagraph, parameters, head)
        } catch {
            throw NeuronError("cannot read subnet \(configuration.netuid) from the node: \(error)")
        }
    }

    /// The sampler for the chain's current sequence length, rebuilt when it changes.
    func currentSampler(sequenceLength: Int) throws(NeuronError) -> ContextSampler {
        if let sampler, sampler.contextTokens == sequenceLength { return sampler }
        do {
            let fresh = try ContextSampler(
                corpus: corpus, tokenizer: tokenizer, contextTokens: sequenceLength,
                continuationTokens: configuration.continuationTokens, minimumContextTokens: sequenceLength)
            logger.info("sampling contexts", metadata: ["sequence_length": "\(sequenceLength)"])
            sampler = fresh
            return fresh
        } catch {
            throw NeuronError("the held-out corpus has no sample of \(sequenceLength) tokens: \(error)")
        }
    }
}
