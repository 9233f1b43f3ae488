import CPrefetch

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
        // One loop per combination of the two flags, each with the flags as constants and in a
        // function of its own (three copies in one would stop the inliner; see the EpochSpeed
        // article).
        if let deltas {
            return clippedBonds
                ? clippedDeltasRun(values, firstColumn, scale, a, threshold, preranks, ranks, deltas)
                : plainDeltasRun(values, firstColumn, scale, a, threshold, preranks, ranks, deltas)
        }
        return sumsOnlyRun(values, firstColumn, scale, a, threshold, preranks, ranks)
    }

    /// ``narrowRunLoop(_:_:_:_:_:_:_:_:_:)`` keeping ΔB = a · W̄.
    @inline(never)
    private static func clippedDeltasRun(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ threshold: UnsafeBufferPointer<Int64>, _ preranks: UnsafeMutableBufferPointer<Int64>,
        _ ranks: UnsafeMutableBufferPointer<Int64>, _ deltas: UnsafeMutablePointer<UInt32>
    ) -> Int64 {
        narrowRunLoop(values, firstColumn, scale, a, true, threshold, preranks, ranks, deltas)
    }

    /// ``narrowRunLoop(_:_:_:_:_:_:_:_:_:)`` keeping ΔB = a · W.
    @inline(never)
    private static func plainDeltasRun(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ threshold: UnsafeBufferPointer<Int64>, _ preranks: UnsafeMutableBufferPointer<Int64>,
        _ ranks: UnsafeMutableBufferPointer<Int64>, _ deltas: UnsafeMutablePointer<UInt32>
    ) -> Int64 {
        narrowRunLoop(values, firstColumn, scale, a, false, threshold, preranks, ranks, deltas)
    }

    /// ``narrowRunLoop(_:_:_:_:_:_:_:_:_:)`` without ΔB.
    @inline(never)
    private static func sumsOnlyRun(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ threshold: UnsafeBufferPointer<Int64>, _ preranks: UnsafeMutableBufferPointer<Int64>,
        _ ranks: UnsafeMutableBufferPointer<Int64>
    ) -> Int64 {
        narrowRunLoop(values, firstColumn, scale, a, true, threshold, preranks, ranks, nil)
    }

    /// The loop of
    /// ``accumulateNarrowRun(values:firstColumn:scale:stake:clippedBonds:threshold:preranks:ranks:deltas:)``:
    /// W of eight cells at a time in 32-bit lanes (``NarrowKeys``, the median gather's keys before
    /// their flip), the sums four at a time in 64-bit lanes. A row sum of 2^31 or more (over 32_768
    /// columns) takes ``wideSumRun(_:_:_:_:_:_:_:_:_:)``.
    @inline(__always)
    private static func narrowRunLoop(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ clippedBonds: Bool, _ threshold: UnsafeBufferPointer<Int64>,
        _ preranks: UnsafeMutableBufferPointer<Int64>, _ ranks: UnsafeMutableBufferPointer<Int64>,
        _ deltas: UnsafeMutablePointer<UInt32>?
    ) -> Int64 {
        guard let narrow = NarrowKeys(scale) else {
            return wideSumRun(values, firstColumn, scale, a, clippedBonds, threshold, preranks, ranks, deltas)
        }
        let sums = RunSums(a, firstColumn, threshold, preranks, ranks, deltas, clippedBonds: clippedBonds)
        let source = values.baseAddress.unsafelyUnwrapped
        var trust = SIMD4<Int64>(repeating: 0)
        var t = 0
        while t &+ 8 <= values.count {
            let w = narrow.proportions(widening: yuma_widen_u16x8(source + t))
            trust &+= sums.add(SIMD4<Int64>(truncatingIfNeeded: w.lowHalf), at: t)
            trust &+= sums.add(SIMD4<Int64>(truncatingIfNeeded: w.highHalf), at: t &+ 4)
            t &+= 8
        }
        return trust.wrappedSum() &+ sums.addCells(values, from: t, scale: scale)
    }

    /// ``narrowRunLoop(_:_:_:_:_:_:_:_:_:)`` for a row sum of 2^31 or more: W four at a time in
    /// 64-bit lanes (``ProportionLanes/narrowProportions(_:multipliers:divisors:)``).
    @inline(never)
    private static func wideSumRun(
        _ values: UnsafeBufferPointer<UInt16>, _ firstColumn: Int, _ scale: U16Proportion, _ a: Int64,
        _ clippedBonds: Bool, _ threshold: UnsafeBufferPointer<Int64>,
        _ preranks: UnsafeMutableBufferPointer<Int64>, _ ranks: UnsafeMutableBufferPointer<Int64>,
        _ deltas: UnsafeMutablePointer<UInt32>?
    ) -> Int64 {
        let sums = RunSums(a, firstColumn, threshold, preranks, ranks, deltas, clippedBonds: clippedBonds)
        let multipliers = SIMD4<UInt64>(repeating: scale.multiplier)
        let divisors = SIMD4<UInt64>(repeating: scale.divisor)
        let source = values.baseAddress.unsafelyUnwrapped
        var trust = SIMD4<Int64>(repeating: 0)
        var t = 0
        while t &+ 4 <= values.count {
            let v = SIMD4<UInt64>(
                truncatingIfNeeded: UnsafeRawPointer(source + t).loadUnaligned(as: SIMD4<UInt16>.self))
            trust &+= sums.add(
                ProportionLanes.narrowProportions(v, multipliers: multipliers, divisors: divisors), at: t)
            t &+= 4
        }
        return trust.wrappedSum() &+ sums.addCells(values, from: t, scale: scale)
    }
}

/// Where the cells of a narrow run go: the preranks, ranks and ΔB of its columns, from the run's
/// first column on.
private struct RunSums {
    let stake: SIMD4<UInt64>
    let a: Int64
    let thresholds: UnsafePointer<Int64>
    let preranked: UnsafeMutablePointer<Int64>
    let ranked: UnsafeMutablePointer<Int64>
    let deltas: UnsafeMutablePointer<UInt32>?
    let clippedBonds: Bool

    @inline(__always)
    init(
        _ a: Int64, _ firstColumn: Int, _ threshold: UnsafeBufferPointer<Int64>,
        _ preranks: UnsafeMutableBufferPointer<Int64>, _ ranks: UnsafeMutableBufferPointer<Int64>,
        _ deltas: UnsafeMutablePointer<UInt32>?, clippedBonds: Bool
    ) {
        self.a = a
        stake = SIMD4<UInt64>(repeating: UInt64(bitPattern: a)) & 0xFFFF_FFFF
        thresholds = threshold.baseAddress.unsafelyUnwrapped + firstColumn
        preranked = preranks.baseAddress.unsafelyUnwrapped + firstColumn
        ranked = ranks.baseAddress.unsafelyUnwrapped + firstColumn
        self.deltas = deltas
        self.clippedBonds = clippedBonds
    }

    /// Adds four cells from `t` whose W is `w` (each below 2^32); returns their W̄.
    @inline(__always)
    func add(_ w: SIMD4<Int64>, at t: Int) -> SIMD4<Int64> {
        let low32 = SIMD4<UInt64>(repeating: 0xFFFF_FFFF)
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
        return kept
    }

    /// Adds the cells of `values` from `t` one at a time; returns their Σ W̄.
    @inline(__always)
    func addCells(_ values: UnsafeBufferPointer<UInt16>, from t: Int, scale: U16Proportion) -> Int64 {
        var trust: Int64 = 0
        for t in t..<values.count {
            let w = scale(values[t])
            let kept = min(w, thresholds[t])
            let weighted = fractionProduct(a, w)
            let clippedWeighted = fractionProduct(a, kept)
            preranked[t] &+= weighted
            ranked[t] &+= clippedWeighted
            deltas?[t] = UInt32(truncatingIfNeeded: clippedBonds ? clippedWeighted : weighted)
            trust &+= kept
        }
        return trust
    }
}
