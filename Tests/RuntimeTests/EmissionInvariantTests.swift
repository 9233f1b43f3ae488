import Consensus
import Testing

@testable import Runtime

/// Many blocks of randomly changing networks: after every block issuance equals free balances plus stake
/// plus locks, the stake maps agree with their totals, the emission values never exceed the block
/// emission, and nothing traps.
@Suite struct EmissionInvariantTests {
    typealias F = EmissionFixture

    /// SplitMix64: a small deterministic generator, so every run sees the same networks.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// An account from a number (distinct for distinct numbers).
    static func account(_ number: Int) -> AccountID {
        let bytes = (0..<32).map { UInt8(truncatingIfNeeded: $0 < 8 ? number >> ($0 * 8) : 0xA5) }
        return (try? AccountID(bytes: bytes)) ?? AccountID(testSeed: 0)
    }

    /// A random weight row of `uid` over `n` uids, u16 (Finney) or u32 (Nakamoto) values.
    static func weightRow(n: Int, wide: Bool, using generator: inout Generator) -> [WeightEntry] {
        let targets = Set(
            (0..<Int.random(in: 1...max(1, n), using: &generator)).map { _ in
                Int.random(in: 0..<n, using: &generator)
            })
        return targets.sorted().map {
            WeightEntry(
                uid: UID($0),
                value: wide
                    ? UInt32.random(in: 0...UInt32.max / 4, using: &generator)
                    : UInt32.random(in: 0...65_535, using: &generator))
        }
    }

    /// One random change between blocks: weights, stake, a new neuron, a replaced uid, sudo values, flags.
    static func perturb(_ state: inout ChainState, accounts: inout Int, using generator: inout Generator) {
        let netuids = state.subnets.keys.sorted()
        guard let netuid = netuids.randomElement(using: &generator), let subnet = state.subnets[netuid] else {
            return
        }
        let n = subnet.neurons.count
        let wide = state.era == .nakamoto
        switch Int.random(in: 0..<7, using: &generator) {
        case 0 where n > 0, 1 where n > 0:
            let uid = Int.random(in: 0..<n, using: &generator)
            state.subnets[netuid]?.neurons.weights[uid] = weightRow(n: n, wide: wide, using: &generator)
            state.subnets[netuid]?.neurons.lastUpdate[uid] = state.blockNumber
        case 2 where n > 0:
            let hotkey = subnet.neurons.hotkeys[Int.random(in: 0..<n, using: &generator)]
            let coldkey =
                Bool.random(using: &generator)
                ? (state.staking.owner[hotkey] ?? hotkey)
                : account(1_000 + Int.random(in: 0..<20, using: &generator))
            F.addStake(
                hotkey: hotkey, coldkey: coldkey,
                amount: Rao.random(in: 1...50 * raoPerTao, using: &generator), state: &state)
            if Int.random(in: 0..<4, using: &generator) == 0 {
                state.staking.delegateTake[hotkey] = UInt16.random(in: 0...UInt16.max, using: &generator)
            }
        case 3 where n < 24:
            accounts += 1
            F.addNeuron(
                netuid: netuid, hotkey: account(accounts), coldkey: account(10_000 + accounts), stake: 0,
                at: state.blockNumber, state: &state)
        case 4 where n > 0:
            accounts += 1
            let uid = UID(Int.random(in: 0..<n, using: &generator))
            state.subnets[netuid]?.neurons.replace(uid: uid, with: account(accounts), at: state.blockNumber)
            state.staking.owner[account(accounts)] = account(10_000 + accounts)
        case 5 where state.era == .finney:
            let total = Emission.blockEmission(state)
            let values = netuids.map { _ in Rao.random(in: 0...total / Rao(netuids.count), using: &generator)
            }
            try? Emission.setEmissionValues(netuids: netuids, values: values, state: &state)
        case 6 where state.era == .finney:
            state.subnets[netuid]?.hyperparameters.yuma3Enabled.toggle()
            state.subnets[netuid]?.hyperparameters.liquidAlphaEnabled = Bool.random(using: &generator)
        default:
            break
        }
    }

    static let runs: [(era: Era, seed: UInt64, blocks: Int)] = [
        (.finney, 1, 600), (.finney, 2, 600), (.finney, 3, 600), (.nakamoto, 4, 400), (.nakamoto, 5, 400),
    ]

    @Test("issuance invariant after every block of a randomly changing network", arguments: runs)
    func invariantAfterEveryBlock(era: Era, seed: UInt64, blocks: Int) {
        var generator = Generator(state: seed)
        let netuids: [NetUID] = era == .finney ? [1, 2, 3] : [0]
        var state = F.state(era: era, issuance: 7 * raoPerTao, netuids: netuids)
        for netuid in netuids {
            state.subnets[netuid]?.hyperparameters.tempo = UInt16.random(in: 1...12, using: &generator)
            state.subnets[netuid]?.hyperparameters.maxAllowedValidators = 4
        }
        var accounts = 0
        for netuid in netuids {
            for _ in 0..<6 {
                accounts += 1
                F.addNeuron(
                    netuid: netuid, hotkey: Self.account(accounts), coldkey: Self.account(10_000 + accounts),
                    stake: Rao.random(in: 0...100 * raoPerTao, using: &generator), state: &state)
            }
        }
        var epochs = 0
        for _ in 0..<blocks {
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                Self.perturb(&state, accounts: &accounts, using: &generator)
            }
            let before = state.totalIssuance
            let events = F.advanceBlock(&state)
            epochs +=
                events.filter {
                    switch $0 {
                    case .emission(.epochRan), .emission(.nakamotoStepRan): true
                    default: false
                    }
                }.count
            #expect(UInt128(state.totalIssuance) == F.accountedRao(state), "block \(state.blockNumber)")
            #expect(F.stakeTotalsAgree(state), "block \(state.blockNumber)")
            #expect(state.totalIssuance >= before)
            if era == .finney {
                let assigned = state.subnets.values.reduce(UInt128(0)) { $0 + UInt128($1.emissionPerBlock) }
                #expect(assigned <= UInt128((try? BlockEmission.forIssuance(before)) ?? 0))
                #expect(state.totalIssuance - before <= 2 * 12 * BlockEmission.defaultBlockEmission)
            }
            #expect(!events.contains { if case .emission(.epochSkipped) = $0 { true } else { false } })
            #expect(!events.contains { if case .emission(.nakamotoStepFailed) = $0 { true } else { false } })
        }
        #expect(epochs > blocks / 12)
    }
}
