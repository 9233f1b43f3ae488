import FixedPoint
import Testing

@testable import Consensus

/// The one-pass emission split for proportions against the chain's saturating operations.
@Suite struct EmissionTests {
    /// Proportions of one of a few shapes: any, small, exact 1.0s, or normalized like the epoch's.
    static func shares(_ n: Int, style: Int, _ random: inout KernelRandom) -> [I32F32] {
        let raw: [Int64] = (0..<n).map { _ in
            if random.chance(1, in: 5) { return 0 }
            switch style {
            case 0: return Int64.random(in: 0...(1 << 32), using: &random)
            case 1: return Int64.random(in: 0...100, using: &random)
            case 2: return random.chance(1, in: 2) ? 1 << 32 : 0
            default: return Int64.random(in: 0...(1 << 20), using: &random)
            }
        }
        let shares = raw.map(I32F32.init(raw:))
        return style == 3 ? EpochMath.normalize(shares) : shares
    }

    @Test(arguments: Array(UInt64(1)...24))
    func proportionsSplitAsTheGenericOperations(seed: UInt64) throws {
        var random = KernelRandom(state: seed)
        for _ in 0..<30 {
            let n = Int.random(in: 0...37, using: &random)
            let incentive = Self.shares(n, style: Int.random(in: 0..<4, using: &random), &random)
            let dividends = Self.shares(n, style: Int.random(in: 0..<4, using: &random), &random)
            let stake = Self.shares(n, style: 3, &random)
            let rao: UInt64 = [0, 1, 1_000_000_000, (1 << 31) - 1][Int.random(in: 0..<4, using: &random)]
            let generic = Emission(
                generic: incentive, dividends: dividends, stake: stake, activeStake: stake, raoEmission: rao)
            let fast = Emission(proportionsOf: incentive, dividends: dividends, raoEmission: rao)
            // Only an all-zero split (then stake pays) is left to the generic path.
            let paid = zip(incentive, dividends).contains { $0 != .zero || $1 != .zero }
            #expect((fast != nil) == paid)
            guard let fast else { continue }
            #expect(fast.normalizedCombined == generic.normalizedCombined)
            #expect(fast.server == generic.server)
            #expect(fast.validator == generic.validator)
            #expect(fast.combined == generic.combined)
        }
    }

    @Test(arguments: [
        (raw: Int64(1 << 32) + 1, rao: UInt64(1_000_000_000)),
        (raw: -1, rao: 1_000_000_000),
        (raw: 1 << 31, rao: 1 << 31),
    ])
    func outsideTheProportionRangeTheGenericPathDecides(raw: Int64, rao: UInt64) {
        let shares = [I32F32(raw: raw), I32F32(raw: 1 << 30)]
        #expect(Emission(proportionsOf: shares, dividends: shares, raoEmission: rao) == nil)
    }
}
