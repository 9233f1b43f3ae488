import FixedPoint

extension Emission {
    /// Step 13 when incentive and dividends are proportions (raw `0...2^32`, as the epoch makes them)
    /// with a positive sum and the rao below 2^31: every operation of the generic path is then an exact
    /// integer quotient or product that cannot saturate, computed four uids at a time in one pass.
    ///
    /// The sum of I + D is below 2^49 (at most 2^16 uids of at most 2^33), each share a quotient
    /// floor(x · 2^32 / Σ) of some x ≤ Σ (``ProportionLanes/quotients(_:divisors:reciprocals:narrow:)``),
    /// and share × rao is below 2^63, so its floor after 32 fractional bits is a 64-bit product and a
    /// shift. Nil outside that range.
    init?(proportionsOf incentive: [I32F32], dividends: [I32F32], raoEmission: UInt64) {
        let n = incentive.count
        guard dividends.count == n, raoEmission < 1 << 31,
            ProportionVector.largest(incentive) <= 1 << 32, ProportionVector.largest(dividends) <= 1 << 32
        else { return nil }
        var total: Int64 = 0
        ProportionVector.raw(incentive) { i in
            ProportionVector.raw(dividends) { d in
                for k in 0..<n { total &+= i[k] &+ d[k] }
            }
        }
        guard total > 0 else { return nil }
        let divider = ProportionDivider(total)
        var normalized = [Int64](repeating: 0, count: n)
        var server = [UInt64](repeating: 0, count: n)
        var validator = [UInt64](repeating: 0, count: n)
        var combined = [UInt64](repeating: 0, count: n)
        ProportionVector.raw(incentive) { i in
            ProportionVector.raw(dividends) { d in
                normalized.withUnsafeMutableBufferPointer { normalized in
                    server.withUnsafeMutableBufferPointer { server in
                        validator.withUnsafeMutableBufferPointer { validator in
                            combined.withUnsafeMutableBufferPointer { combined in
                                let divisors = SIMD4<Int64>(repeating: total)
                                let reciprocals = SIMD4<Double>(repeating: divider.reciprocal)
                                let narrow = total < 1 << 32
                                let rao = SIMD4<UInt64>(repeating: raoEmission)
                                func share(_ x: SIMD4<Int64>) -> SIMD4<Int64> {
                                    ProportionLanes.quotients(
                                        x, divisors: divisors, reciprocals: reciprocals, narrow: narrow)
                                }
                                func inRao(_ share: SIMD4<Int64>) -> SIMD4<UInt64> {
                                    ProportionLanes.narrowProduct(SIMD4(truncatingIfNeeded: share), rao)
                                        &>> 32
                                }
                                var k = 0
                                while k &+ 4 <= n {
                                    let sum = ProportionLanes.load(i, k) &+ ProportionLanes.load(d, k)
                                    let combinedShare = share(sum)
                                    ProportionLanes.store(combinedShare, normalized, k)
                                    ProportionLanes.store(inRao(combinedShare), combined, k)
                                    ProportionLanes.store(inRao(share(ProportionLanes.load(i, k))), server, k)
                                    ProportionLanes.store(
                                        inRao(share(ProportionLanes.load(d, k))), validator, k)
                                    k &+= 4
                                }
                                func inRao(_ share: Int64) -> UInt64 {
                                    (UInt64(bitPattern: share) &* raoEmission) &>> 32
                                }
                                while k < n {
                                    let combinedShare = divider.quotient(i[k] &+ d[k])
                                    normalized[k] = combinedShare
                                    combined[k] = inRao(combinedShare)
                                    server[k] = inRao(divider.quotient(i[k]))
                                    validator[k] = inRao(divider.quotient(d[k]))
                                    k &+= 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.normalizedCombined = normalized.map(I32F32.init(raw:))
        self.server = server
        self.validator = validator
        self.combined = combined
    }
}
