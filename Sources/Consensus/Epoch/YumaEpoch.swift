import FixedPoint

/// The Yuma Consensus epoch of one subnet, exactly as the chain runs it (`spec/chain.md` §2,
/// subtensor v3.3.0 `epoch_mechanism`, sparse path): a pure function of the stored state.
public enum YumaEpoch {
    /// Runs one epoch on `input` with the given bonds mechanism.
    ///
    /// - Throws: ``EpochInputError`` when the per-uid vectors and matrices disagree in length.
    public static func run(_ input: EpochInput, mechanism: BondsMechanism = .classic) throws(EpochInputError)
        -> EpochOutput
    {
        try run(input, mechanism: mechanism, laneCacheCells: LaneCache.maximumCells)
    }

    /// ``run(_:mechanism:)`` keeping the classic EMA lanes between passes only up to `laneCacheCells`
    /// weight entries (tests use 0 to exercise the recomputing path).
    static func run(_ input: EpochInput, mechanism: BondsMechanism, laneCacheCells: Int)
        throws(EpochInputError)
        -> EpochOutput
    {
        try input.validate()
        _ = EpochAllocator.tuned
        let n = input.count
        let parameters = input.hyperparameters

        // 1. Activity: inactive_i = last_update_i + activity_cutoff < current_block.
        let active = input.lastUpdate.map {
            !(saturatingAdd($0, parameters.activityCutoff) < input.currentBlock)
        }
        // 3. Stake: S = normalize(stake with S_i < stake_threshold set to 0), in I64F64, then I32F32.
        let stake = normalizedStake(input.stake, threshold: parameters.stakeThreshold)
        // 4. Permits: the top max_allowed_validators non-zero stakes.
        let newPermits = EpochMath.isTopKNonzero(stake, k: Int(parameters.maxAllowedValidators))
        // 5. Active stake: a = normalize(S masked to active uids holding an old permit).
        let activeStake = EpochMath.normalize(
            (0..<n).map { active[$0] && input.validatorPermit[$0] ? stake[$0] : .zero })
        // 2, 6. Weights: permitted rows, no self-weight (but the owner's), no outdated cells; rows
        // normalized (a view of the stored weights).
        let weights = MaskedWeights(input)
        // 7. Consensus: C_j = stake-weighted median of column j at majority kappa.
        let kappa = I32F32(saturating: parameters.kappa).safeDiv(I32F32(saturating: UInt16.max))
        let consensus = EpochMath.weightedMedianColumns(
            stake: activeStake, scores: weights, columns: n, majority: kappa)
        // 8–10. Clipping, validator trust, ranks, trust, incentive; W̃ = W + β(W̄ − W) for the bonds.
        let bondsPenalty = I32F32(saturating: parameters.bondsPenalty).safeDiv(I32F32(saturating: UInt16.max))
        // Classic bonds keep per-cell ΔB, then EMA, between passes when the weights have few enough
        // entries (4 bytes each).
        let keepsLanes = !mechanism.isYuma3 && input.weights.entryCount <= laneCacheCells
        let lanes = LaneStorage(count: keepsLanes ? input.weights.entryCount : 0)
        let support = Support(
            weights: weights, consensus: consensus, activeStake: activeStake, penalty: bondsPenalty, count: n,
            deltas: lanes.buffer)
        // 11, 12. Bonds and dividends; stored bonds: new permit ⇒ computed row, old permit lost ⇒ cleared.
        let bonds: BondsResult
        switch mechanism {
        case .classic, .classicLiquid:
            bonds = classicBonds(
                input, weights: weights, support: support, activeStake: activeStake, consensus: consensus,
                penalty: bondsPenalty, newPermits: newPermits, liquid: mechanism.isLiquid,
                lanes: lanes.buffer)
        case .yuma3, .yuma3Liquid:
            bonds = yuma3Bonds(
                input, weights: weights, activeStake: activeStake, incentive: support.incentive,
                consensus: consensus, penalty: bondsPenalty, newPermits: newPermits,
                liquid: mechanism.isLiquid)
        }
        // 13. Emission.
        let emission = Emission(
            incentive: support.incentive, dividends: bonds.dividends, stake: stake, activeStake: activeStake,
            raoEmission: input.raoEmission)
        // 14. Stored outputs.
        return EpochOutput(
            active: active,
            stakeWeight: EpochMath.proportionsToU16(stake),
            rank: EpochMath.proportionsToU16(support.ranks),
            trust: EpochMath.proportionsToU16(support.trust),
            consensus: EpochMath.proportionsToU16(consensus),
            incentive: EpochMath.proportionsToU16(support.incentive),
            dividends: EpochMath.proportionsToU16(bonds.dividends),
            validatorTrust: EpochMath.proportionsToU16(support.validatorTrust),
            pruningScore: EpochMath.maxUpscaleToU16(emission.normalizedCombined),
            serverEmission: emission.server,
            validatorEmission: emission.validator,
            emission: emission.combined,
            newValidatorPermit: newPermits,
            bonds: bonds.stored,
            incentiveFixed: support.incentive,
            dividendsFixed: bonds.dividends,
            consensusFixed: consensus)
    }

    /// `get_stake_weights_for_network` then the threshold filter and `inplace_normalize_64`, narrowed
    /// to `I32F32` by floor.
    static func normalizedStake(_ stake: [UInt64], threshold: UInt64) -> [I32F32] {
        // A total below 2^63 rao: every stake is exact in I64F64, no sum saturates, and the I64F64
        // quotient floor(s · 2^64 / Σ) floored to 32 fractional bits is floor(s · 2^32 / Σ), a proportion.
        var total: UInt64 = 0
        var overflow = false
        for s in stake where s >= threshold {
            let (next, carry) = total.addingReportingOverflow(s)
            total = next
            overflow = overflow || carry
        }
        if !overflow, total < 1 << 63 {
            let divider = ProportionDivider(Int64(total))
            return stake.map {
                $0 < threshold || total == 0 ? .zero : I32F32(raw: divider.quotient(Int64($0)))
            }
        }
        let filtered = stake.map { $0 < threshold ? I64F64.zero : I64F64(saturating: $0) }
        return EpochMath.normalize(filtered).map { I32F32(saturating: $0) }
    }

    /// Bonds rows as stored after the epoch: new permit ⇒ the computed row; old permit lost ⇒ cleared;
    /// otherwise untouched.
    static func storedBonds(
        previous: SparseMatrix, computed: SparseMatrix, oldPermits: [Bool], newPermits: [Bool]
    ) -> SparseMatrix {
        let n = previous.size
        var builder = SparseMatrixBuilder(size: n, reserving: computed.entryCount)
        for i in 0..<n {
            let source: SparseMatrix? = newPermits[i] ? computed : (oldPermits[i] ? nil : previous)
            if let source {
                for k in source.rowStart[i]..<source.rowStart[i + 1] {
                    builder.append(column: source.columns[k], value: source.values[k])
                }
            }
            builder.endRow()
        }
        return builder.build()
    }
}

/// `a + b` clamped at `UInt64.max`.
@inline(__always)
func saturatingAdd(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? .max : sum
}
