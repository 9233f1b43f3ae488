import Testing

@testable import Consensus

/// ``BitwiseSelect`` on groups of eight columns against the definition of the median, for every
/// start guess: right, too high (the first pass lies above every key) and too low (the pass is redone).
@Suite struct BitwiseSelectTests {
    /// The smallest unbiased value x of column `lane` with Σ{stake : value ≤ x} > target.
    static func reference(_ values: [SIMD8<UInt32>], stakes: [UInt32], target: UInt32, lane: Int) -> UInt32 {
        let order = values.indices.sorted { values[$0][lane] < values[$1][lane] }
        var sum: UInt64 = 0
        for v in order {
            sum += UInt64(stakes[v])
            if sum > UInt64(target) { return values[v][lane] }
        }
        return values[order.last ?? 0][lane]
    }

    /// Column magnitudes: every key 0, small, around 2^20, the full range, and up to 2^32 − 1.
    static func value(_ kind: Int, _ random: inout KernelRandom) -> UInt32 {
        switch kind {
        case 0: return 0
        case 1: return UInt32.random(in: 0...3, using: &random)
        case 2: return UInt32.random(in: 0...(1 << 21), using: &random)
        case 3: return UInt32.random(in: 0...UInt32.max, using: &random)
        default: return random.chance(1, in: 2) ? .max : .max - UInt32.random(in: 0...2, using: &random)
        }
    }

    @Test(arguments: Array(UInt64(1)...60))
    func groupsMatchTheDefinition(seed: UInt64) {
        var random = KernelRandom(state: seed &* 7_919)
        let voters = [1, 2, 3, 31, 32, 33, 200][Int.random(in: 0..<7, using: &random)]
        let kinds = (0..<8).map { _ in Int.random(in: 0...4, using: &random) }
        let values = (0..<voters).map { _ in SIMD8<UInt32>((0..<8).map { Self.value(kinds[$0], &random) }) }
        // Stakes below 2^32 in sum, or exactly 2^32 (every stake positive).
        var stakes = (0..<voters).map { _ in
            random.chance(1, in: 5) ? 0 : UInt32.random(in: 1...(UInt32.max / UInt32(voters)), using: &random)
        }
        if random.chance(1, in: 3) {
            stakes = (0..<voters).map { _ in
                UInt32.random(in: 1...(UInt32.max / UInt32(voters)), using: &random)
            }
            let rest = (UInt64(1) << 32) - stakes.dropLast().reduce(0) { $0 + UInt64($1) }
            stakes[voters - 1] = UInt32(truncatingIfNeeded: rest)
        }
        let total = stakes.reduce(UInt64(0)) { $0 + UInt64($1) }
        guard total > 0 else { return }
        let targets: [UInt64] = [0, total / 2, total - 1, UInt64.random(in: 0..<total, using: &random)]
        let target = UInt32(truncatingIfNeeded: targets[Int.random(in: 0..<targets.count, using: &random)])
        let keys = values.map { SIMD8<Int32>(truncatingIfNeeded: $0 ^ 0x8000_0000) }
        let expected = SIMD8<UInt32>(
            (0..<8).map { Self.reference(values, stakes: stakes, target: target, lane: $0) })
        for start in [1, 2, 4, 21, 22, 31, 32] {
            var guess = start
            let scratch = UnsafeMutablePointer<SIMD8<Int32>>.allocate(capacity: voters)
            let scratchStakes = UnsafeMutablePointer<UInt32>.allocate(capacity: voters)
            defer {
                scratch.deallocate()
                scratchStakes.deallocate()
            }
            let median = keys.withUnsafeBufferPointer { keys in
                stakes.withUnsafeBufferPointer { stakes in
                    BitwiseSelect.medians(
                        keys.baseAddress.unsafelyUnwrapped, voters: voters,
                        stakes: stakes.baseAddress.unsafelyUnwrapped, target: target, scratch: scratch, scratchStakes: scratchStakes, guess: &guess)
                }
            }
            #expect(median == expected, "seed \(seed) guess \(start)")
            let top = values.reduce(SIMD8<UInt32>(repeating: 0)) { pointwiseMax($0, $1) }.max()
            #expect(guess == max(1, UInt32.bitWidth - top.leadingZeroBitCount), "seed \(seed)")
        }
    }
}
