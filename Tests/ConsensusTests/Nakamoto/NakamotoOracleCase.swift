import Consensus
import Testing

/// One single-step case whose expected output was computed by running the 2022 `mechanism_step`
/// arithmetic (transliterated to a pure function) against `substrate-fixed` 0.5.9 in a release build.
struct NakamotoOracleCase: Sendable, CustomTestStringConvertible {
    var block: UInt64
    var emission: UInt64
    var activityCutoff: UInt64
    var bondsMovingAverage: UInt64
    var rho: UInt64
    var kappa: UInt64
    var selfOwnership: UInt64
    var prune: [UInt32]
    var stake: [UInt64]
    var lastUpdate: [UInt64]
    var priority: [UInt64]
    var weights: [[(UInt32, UInt32)]]
    var bonds: [[(UInt32, UInt64)]]
    /// `nil` when the reference panicked.
    var expected: NakamotoOracleExpectation?

    var testDescription: String {
        "n=\(stake.count) block=\(block) ρ=\(rho) kappa=\(kappa) β=\(bondsMovingAverage) σ=1/\(selfOwnership)"
    }

    var input: NakamotoStepInput {
        let neurons = stake.indices.map { uid in
            NakamotoNeuronState(
                stake: stake[uid],
                lastUpdate: lastUpdate[uid],
                priority: priority[uid],
                weights: weights[uid].map { NakamotoWeight(uid: $0.0, weight: $0.1) },
                bonds: bonds[uid].map { NakamotoBond(uid: $0.0, amount: $0.1) }
            )
        }
        return NakamotoStepInput(
            neurons: neurons,
            block: block,
            emission: emission,
            hyperparameters: NakamotoHyperparameters(
                rho: rho,
                kappa: kappa,
                bondsMovingAverage: bondsMovingAverage,
                activityCutoff: activityCutoff,
                selfOwnership: selfOwnership
            ),
            neuronsToPrune: Set(prune)
        )
    }
}

/// The reference's write-back for a case that did not panic.
struct NakamotoOracleExpectation: Sendable {
    var totalEmission: UInt64
    var totalBondsPurchased: UInt64
    var active: [Bool]
    var priority: [UInt64]
    var stake: [UInt64]
    var emission: [UInt64]
    var rank: [UInt64]
    var trust: [UInt64]
    var consensus: [UInt64]
    var incentive: [UInt64]
    var dividends: [UInt64]
    var bonds: [[(UInt32, UInt64)]]

    var output: NakamotoStepOutput {
        let neurons = stake.indices.map { uid in
            NakamotoNeuronResult(
                active: active[uid],
                priority: priority[uid],
                emission: emission[uid],
                stake: stake[uid],
                rank: rank[uid],
                trust: trust[uid],
                consensus: consensus[uid],
                incentive: incentive[uid],
                dividends: dividends[uid],
                bonds: bonds[uid].map { NakamotoBond(uid: $0.0, amount: $0.1) }
            )
        }
        return NakamotoStepOutput(
            neurons: neurons,
            totalEmission: totalEmission,
            totalBondsPurchased: totalBondsPurchased
        )
    }
}
