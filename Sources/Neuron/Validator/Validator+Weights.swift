import ChainClient
import Runtime

extension Validator {
    /// Sets weights from the moving-average scores when the rate limit and the interval allow.
    func maybeSetWeights(head: UInt64, lastUpdate: UInt64, parameters: SubnetHyperparameters) async throws(NeuronError) {
        let interval = max(configuration.weightsIntervalBlocks, parameters.weightsRateLimit + 1)
        if let last = lastWeightsBlock, head < last + interval { return }
        guard head >= lastUpdate + parameters.weightsRateLimit + 1 || lastUpdate == 0 else {
            weightsNote = "waiting for the rate limit (\(parameters.weightsRateLimit) blocks)"
            return
        }
        let policy = WeightPolicy(
            minimumAllowedWeights: Int(parameters.minAllowedWeights),
            maxWeightLimit: Double(parameters.maxWeightLimit) / Double(UInt16.max))
        let chosen = policy.weights(for: board.scores)
        guard !chosen.isEmpty else {
            weightsNote = "no miner has a score yet"
            return
        }
        let call = Call.weights(
            .setWeights(
                netuid: configuration.netuid, uids: chosen.map(\.uid), values: chosen.map { UInt32($0.weight) },
                versionKey: parameters.weightsVersionKey))
        do {
            let inclusion = try await client.submitAndWait(call, signedBy: hotkey, timeout: .seconds(30))
            guard inclusion.succeeded else {
                weightsNote = "set_weights refused in block #\(inclusion.blockNumber)"
                logger.warning("set_weights refused", metadata: ["block": "\(inclusion.blockNumber)"])
                lastWeightsBlock = head
                return
            }
            weights = Dictionary(uniqueKeysWithValues: chosen.map { ($0.uid, $0.weight) })
            lastWeightsBlock = inclusion.blockNumber
            weightsNote = "set on \(chosen.count) miners in block #\(inclusion.blockNumber)"
            logger.info(
                "weights set",
                metadata: [
                    "block": "\(inclusion.blockNumber)",
                    "weights": "\(chosen.map { "\($0.uid):\($0.weight)" }.joined(separator: " "))",
                ])
        } catch {
            weightsNote = "set_weights failed: \(error)"
            logger.warning("set_weights failed", metadata: ["error": "\(error)"])
        }
    }
}
