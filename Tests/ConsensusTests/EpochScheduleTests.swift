import Consensus
import Testing

/// The modulo epoch scheduler against chain.md §10 vector V8 (subtensor v3.3.0 `tests/emission.rs`).
@Suite("EpochSchedule: blocks_until_next_epoch")
struct EpochScheduleTests {
    /// One `blocks_until_next_epoch(netuid, tempo, block)` case and its expected value.
    struct Case: Sendable, CustomTestStringConvertible {
        let netuid: UInt16
        let tempo: UInt16
        let block: UInt64
        let expected: UInt64
        var testDescription: String { "(\(netuid), \(tempo), \(block)) = \(expected)" }
    }

    /// V8, every tuple in chain.md §10 order.
    static let v8Cases: [Case] = [
        Case(netuid: 1, tempo: 0, block: 100, expected: .max),  // test_zero_tempo
        Case(netuid: 1, tempo: 10, block: 5, expected: 3),  // test_regular_case
        Case(netuid: 2, tempo: 20, block: 15, expected: 2),
        Case(netuid: 3, tempo: 30, block: 25, expected: 1),
        Case(netuid: .max, tempo: .max, block: .max, expected: 0),  // test_boundary_conditions
        Case(netuid: .max, tempo: .max, block: 0, expected: 65_535),
        Case(netuid: .max, tempo: .max, block: .max - 1, expected: 1),  // test_overflow_handling
        Case(netuid: 1, tempo: 10, block: 9, expected: 10),  // test_epoch_alignment
        Case(netuid: 2, tempo: 20, block: 21, expected: 17),
        Case(netuid: 2, tempo: 10, block: 5, expected: 2),  // test_different_network_ids
        Case(netuid: 3, tempo: 10, block: 5, expected: 1),
        Case(netuid: 1, tempo: 65_534, block: 100, expected: 65_432),  // test_large_tempo_values
        Case(netuid: 1, tempo: 10, block: .max, expected: 9),  // test_wrap_around_behavior
        Case(netuid: 1, tempo: 10, block: .max - 1, expected: 10),
    ]

    @Test("V8", arguments: v8Cases)
    func v8(_ c: Case) {
        #expect(
            EpochSchedule.blocksUntilNextEpoch(netuid: c.netuid, tempo: c.tempo, block: c.block) == c.expected
        )
        #expect(
            EpochSchedule.shouldRunEpoch(netuid: c.netuid, tempo: c.tempo, block: c.block)
                == (c.expected == 0))
    }

    /// The first epoch block per (tempo, netuid) from the doc comment on the chain's `blocks_until_next_epoch`.
    static let firstEpochBlock: [(tempo: UInt16, netuid: UInt16, block: UInt64)] = [
        (1, 0, 0), (1, 1, 1), (2, 0, 1), (2, 1, 0), (100, 0, 99), (100, 1, 98),
    ]

    @Test("first epoch block (chain doc table)", arguments: firstEpochBlock)
    func firstEpoch(_ c: (tempo: UInt16, netuid: UInt16, block: UInt64)) {
        #expect(EpochSchedule.blocksUntilNextEpoch(netuid: c.netuid, tempo: c.tempo, block: c.block) == 0)
        for earlier in 0..<c.block {
            #expect(!EpochSchedule.shouldRunEpoch(netuid: c.netuid, tempo: c.tempo, block: earlier))
        }
    }

    /// test_consecutive_blocks, and generally: the count drops by one per block, and epochs recur every tempo + 1 blocks.
    @Test(
        "countdown and period",
        arguments: [(UInt16(1), UInt16(10)), (0, 1), (3, 360), (65_535, 99), (7, 65_535)])
    func countdown(_ c: (netuid: UInt16, tempo: UInt16)) {
        let period = UInt64(c.tempo) + 1
        var previous = EpochSchedule.blocksUntilNextEpoch(netuid: c.netuid, tempo: c.tempo, block: 0)
        var epochs: [UInt64] = previous == 0 ? [0] : []
        // Blocks 0..<3(tempo + 1) hold exactly three epochs.
        for block in UInt64(1)..<(3 * period) {
            let current = EpochSchedule.blocksUntilNextEpoch(netuid: c.netuid, tempo: c.tempo, block: block)
            #expect(current == (previous == 0 ? UInt64(c.tempo) : previous - 1))
            if current == 0 { epochs.append(block) }
            previous = current
        }
        #expect(epochs.count == 3)
        #expect(zip(epochs, epochs.dropFirst()).allSatisfy { $1 - $0 == period })
    }
}
