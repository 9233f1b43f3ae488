extension Support {
    /// Whether a run of row `scale` with stake `a` can go through
    /// ``accumulateNarrowRun(values:firstColumn:scale:stake:clippedBonds:threshold:preranks:ranks:deltas:)``:
    /// the row's u16 sum is above 2^16 (or saturated), so its multiplier is below 2^32, and a is below 1.
    @inline(__always)
    static func isNarrow(scale: U16Proportion, stake a: Int64) -> Bool {
        scale.multiplier < 1 << 32 && a < 1 << 32
    }

    /// ``accumulateRun(values:firstColumn:scale:stake:selfColumn:clippedBonds:threshold:preranks:ranks:deltas:)``
    /// for a run without the row's self column, of a row that ``isNarrow(scale:stake:)``, with every
    /// consensus non-negative; the same sums, with fewer operations per cell:
    ///
    /// - W = floor(v · 2^32 / S) with v ≤ 65_535 < S: ``ProportionLanes/narrowProportions(_:multipliers:divisors:)``,
    ///   and W ≤ 2^32 − 2 (or 2v ≤ 2^17 when saturated), so W fits 32 bits;
    /// - W̄ = max(clip(W, C), 0) = min(W, C) for C ≥ 0 (C = 0 drops the cell, which adds 0);
    /// - a · W and a · W̄ have both factors below 2^32: one 32 × 32-bit multiply each, no 1.0 check.
    static func accumulateNarrowRun(
        values: UnsafeBufferPointer<UInt16>, firstColumn: Int, scale: U16Proportion, stake a: Int64,
        clippedBonds: Bool, threshold: UnsafeBufferPointer<Int64>,
        preranks: UnsafeMutableBufferPointer<Int64>,
        ranks: UnsafeMutableBufferPointer<Int64>, deltas: UnsafeMutablePointer<UInt32>?
    ) -> Int64 {
        // One loop per combination of the two flags, each with the flags as constants.
        if let deltas {
            return clippedBonds
                ? narrowRunLoop(values, firstColumn, scale, a, true, threshold, preranks, ranks, deltas)
                : narrowRunLoop(values, firstColumn, scale, a, false, threshold, preranks, ranks, deltas)
        }
        return narrowRunLoop(values, firstColumn, scale, a, true, threshold, preranks, ranks, nil)
    }

    /// The loop of ``accumulateNarrowRun(values:firstColumn:scale:stake:clippedBonds:threshold:preranks:ranks:deltas:)``.
    @inline(__always)
    private static func narrowRunLoop(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ clippedBonds: Bool, _ threshold: UnsafeBufferPointer<Int64>,
        _ preranks: UnsafeMutableBufferPointer<Int64>, _ ranks: UnsafeMutableBufferPointer<Int64>,
        _ deltas: UnsafeMutablePointer<UInt32>?
    ) -> Int64 {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
        let stake = SIMD4<UInt64>(repeating: UInt64(bitPattern: a)) & low32
        let multipliers = SIMD4<UInt64>(repeating: scale.multiplier)
        let divisors = SIMD4<UInt64>(repeating: scale.divisor)
        let thresholds = threshold.baseAddress.unsafelyUnwrapped + firstColumn
        let preranked = preranks.baseAddress.unsafelyUnwrapped + firstColumn
        let ranked = ranks.baseAddress.unsafelyUnwrapped + firstColumn
        let source = values.baseAddress.unsafelyUnwrapped
        var trust = SIMD4<Int64>(repeating: 0)
        var t = 0
        while t &+ 4 <= values.count {
            let v = SIMD4<UInt64>(
                truncatingIfNeeded: UnsafeRawPointer(source + t).loadUnaligned(as: SIMD4<UInt16>.self))
            let w = ProportionLanes.narrowProportions(v, multipliers: multipliers, divisors: divisors)
            let c = UnsafeRawPointer(thresholds + t).loadUnaligned(as: SIMD4<Int64>.self)
            let kept = w.replacing(with: c, where: c .< w)
            let weighted = SIMD4<Int64>(
                truncatingIfNeeded: (stake &* (SIMD4<UInt64>(truncatingIfNeeded: w) & low32)) &>> 32)
            let clippedWeighted = SIMD4<Int64>(
                truncatingIfNeeded: (stake &* (SIMD4<UInt64>(truncatingIfNeeded: kept) & low32)) &>> 32)
            UnsafeMutableRawPointer(preranked + t).storeBytes(
                of: UnsafeRawPointer(preranked + t).loadUnaligned(as: SIMD4<Int64>.self) &+ weighted,
                as: SIMD4<Int64>.self)
            UnsafeMutableRawPointer(ranked + t).storeBytes(
                of: UnsafeRawPointer(ranked + t).loadUnaligned(as: SIMD4<Int64>.self) &+ clippedWeighted,
                as: SIMD4<Int64>.self)
            if let deltas {
                UnsafeMutableRawPointer(deltas + t).storeBytes(
                    of: SIMD4<UInt32>(truncatingIfNeeded: clippedBonds ? clippedWeighted : weighted),
                    as: SIMD4<UInt32>.self)
            }
            trust &+= kept
            t &+= 4
        }
        var rowTrust = trust.wrappedSum()
        while t < values.count {
            let w = scale(source[t])
            let kept = min(w, thresholds[t])
            let weighted = fractionProduct(a, w)
            let clippedWeighted = fractionProduct(a, kept)
            preranked[t] &+= weighted
            ranked[t] &+= clippedWeighted
            deltas?[t] = UInt32(truncatingIfNeeded: clippedBonds ? clippedWeighted : weighted)
            rowTrust &+= kept
            t &+= 1
        }
        return rowTrust
    }
}
