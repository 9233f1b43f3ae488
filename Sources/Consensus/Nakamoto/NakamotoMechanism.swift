import FixedPoint

/// The 2022 Nakamoto incentive mechanism (`subtensor_deprecated`, `step.rs::mechanism_step`).
///
/// A pure, deterministic port in `I65F63` arithmetic with the release runtime's overflow
/// behaviour. See the "Nakamoto" article in the Consensus documentation.
public enum NakamotoMechanism {
    /// Runs one mechanism step, or throws exactly where the 2022 runtime would panic.
    public static func step(_ input: NakamotoStepInput) throws(NakamotoStepError) -> NakamotoStepOutput {
        let constants = try Constants(input)
        var state = try loadNeurons(input, constants)
        normalizeStake(&state)
        try accumulateScores(&state, weights: input.neurons.map(\.weights), constants)
        try normalizeRanksAndTrust(&state)
        try computeConsensusAndIncentive(&state, constants)
        try normalizeIncentive(&state)
        computeDividends(&state, constants)
        try normalizeDividendsAndEmit(&state, constants)
        return makeOutput(state, input)
    }
}

extension NakamotoMechanism {
    /// The step's scalars, converted once as the chain does at the top of `mechanism_step`.
    struct Constants {
        /// E: the step's emission in rao.
        let emission: I65F63
        /// β = bonds_moving_average / 10^6.
        let bondsMovingAverage: I65F63
        /// ρ.
        let rho: I65F63
        /// κ = 1 / kappa.
        let kappa: I65F63
        /// σ = 1 / self_ownership.
        let selfOwnership: I65F63
        /// The block the step runs in.
        let block: UInt64
        /// Blocks after the last update at which a neuron stops being active.
        let activityCutoff: UInt64

        // None of these can overflow: every u64 is exact in I65F63, β ≤ 2^64 / 10^6,
        // and κ, σ ≤ 1 once their zero denominators (a chain panic) are ruled out.
        init(_ input: NakamotoStepInput) throws(NakamotoStepError) {
            let parameters = input.hyperparameters
            guard parameters.kappa != 0 else { throw .zeroKappa }
            guard parameters.selfOwnership != 0 else { throw .zeroSelfOwnership }
            emission = I65F63(saturating: input.emission)
            bondsMovingAverage = I65F63(saturating: parameters.bondsMovingAverage)
                .saturatingDiv(I65F63(saturating: 1_000_000))
            rho = I65F63(saturating: parameters.rho)
            kappa = I65F63.one.saturatingDiv(I65F63(saturating: parameters.kappa))
            selfOwnership = I65F63.one.saturatingDiv(I65F63(saturating: parameters.selfOwnership))
            block = input.block
            activityCutoff = parameters.activityCutoff
        }
    }

    /// The per-uid working vectors of one step, filled in pipeline order.
    struct State {
        /// Number of neurons n; uids are `0..<n`.
        let count: Int
        /// Whether each neuron is active.
        var active: [Bool]
        /// Updated priorities.
        var priority: [UInt64]
        /// Stake, first in rao, then normalized by the active total.
        var stake: [I65F63]
        /// Σ stake of active neurons (in rao).
        var totalActiveStake = I65F63.zero
        /// Σ normalized stake of active neurons.
        var totalNormalizedActiveStake = I65F63.zero
        /// Bond rows B_i· (the chain keeps a dense n × n matrix; absent means 0).
        var bonds: NakamotoBondRows
        /// Column totals B_·j (u64, wrapping).
        var bondTotals: [UInt64]
        /// Σ floor(bond increment), the chain's `TotalBondsPurchased`.
        var totalBondsPurchased: UInt64 = 0
        /// Ranks R.
        var ranks: [I65F63]
        /// Trust T.
        var trust: [I65F63]
        /// Σ of all rank increments.
        var totalRanks = I65F63.zero
        /// Σ of all trust increments.
        var totalTrust = I65F63.zero
        /// Consensus C.
        var consensus: [I65F63]
        /// Incentive I.
        var incentive: [I65F63]
        /// Σ incentive before normalization.
        var totalIncentive = I65F63.zero
        /// Dividends D.
        var dividends: [I65F63]
        /// Σ dividends before normalization.
        var totalDividends = I65F63.zero
        /// The bond rows that are written back.
        var keptBonds: [[NakamotoBond]]
        /// Emission per uid in rao.
        var emission: [UInt64]
        /// Σ emission (u64, wrapping).
        var totalEmission: UInt64 = 0

        init(count: Int) {
            self.count = count
            active = Array(repeating: false, count: count)
            priority = Array(repeating: 0, count: count)
            stake = Array(repeating: .zero, count: count)
            bonds = NakamotoBondRows(count: count)
            bondTotals = Array(repeating: 0, count: count)
            ranks = Array(repeating: .zero, count: count)
            trust = Array(repeating: .zero, count: count)
            consensus = Array(repeating: .zero, count: count)
            incentive = Array(repeating: .zero, count: count)
            dividends = Array(repeating: .zero, count: count)
            keptBonds = Array(repeating: [], count: count)
            emission = Array(repeating: 0, count: count)
        }
    }
}
