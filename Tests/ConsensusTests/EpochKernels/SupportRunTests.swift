import Testing

@testable import Consensus

/// The support pass's narrow run kernel against a cell-by-cell computation of the same sums.
@Suite struct SupportRunTests {
    /// Row sums whose W is computed in 32-bit lanes (below 2^31) or in 64-bit lanes (from 2^31), run
    /// lengths that leave every tail, and each way of keeping ΔB.
    @Test(arguments: [65_537, 1_000_003, (1 << 31) - 1, 1 << 31, (1 << 32) - 7] as [UInt64], [true, false])
    func narrowRunsMatchTheCells(sum: UInt64, clippedBonds: Bool) {
        var random = KernelRandom(state: sum)
        let scale = U16Proportion(sum: sum)
        for length in [0, 1, 3, 4, 7, 8, 9, 15, 16, 17, 40] {
            let first = Int.random(in: 0..<5, using: &random)
            let columns = first + length
            let values = (0..<length).map { _ in UInt16.random(in: 0...UInt16.max, using: &random) }
            let threshold = (0..<columns).map { _ in Int64.random(in: 0..<(1 << 32), using: &random) }
            let a = Int64.random(in: 0..<(1 << 32), using: &random)
            #expect(Support.isNarrow(scale: scale, stake: a))
            for keepsDeltas in [true, false] {
                var preranks = (0..<columns).map { _ in Int64.random(in: 0..<(1 << 40), using: &random) }
                var ranks = preranks.map { $0 / 3 }
                var deltas = [UInt32](repeating: 0, count: max(length, 1))
                var expectedPreranks = preranks
                var expectedRanks = ranks
                var expectedDeltas = deltas
                var expectedTrust: Int64 = 0
                for t in 0..<length {
                    let w = scale(values[t])
                    let kept = min(w, threshold[first + t])
                    expectedPreranks[first + t] += fractionProduct(a, w)
                    expectedRanks[first + t] += fractionProduct(a, kept)
                    if keepsDeltas { expectedDeltas[t] = UInt32(fractionProduct(a, clippedBonds ? kept : w)) }
                    expectedTrust += kept
                }
                let trust = values.withUnsafeBufferPointer { values in
                    threshold.withUnsafeBufferPointer { threshold in
                        preranks.withUnsafeMutableBufferPointer { preranks in
                            ranks.withUnsafeMutableBufferPointer { ranks in
                                deltas.withUnsafeMutableBufferPointer { deltas in
                                    Support.accumulateNarrowRun(
                                        values: values, firstColumn: first, scale: scale, stake: a,
                                        clippedBonds: clippedBonds, threshold: threshold, preranks: preranks,
                                        ranks: ranks, deltas: keepsDeltas ? deltas.baseAddress : nil)
                                }
                            }
                        }
                    }
                }
                #expect(trust == expectedTrust, "length \(length)")
                #expect(preranks == expectedPreranks, "length \(length)")
                #expect(ranks == expectedRanks, "length \(length)")
                #expect(deltas == expectedDeltas, "length \(length)")
            }
        }
    }
}
