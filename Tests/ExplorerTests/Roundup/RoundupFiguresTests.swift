import Testing

@testable import Explorer

@Suite("Roundup: figures read from an index")
struct RoundupFiguresTests {
    struct Case: Sendable, CustomStringConvertible {
        var from: UInt64?, to: UInt64?, netuid: UInt16?
        var peers: (UInt64, UInt64, UInt64, UInt64)
        var limitChanges: [UInt64]
        var sequenceChanges: [RoundupFigures.Change]
        var stake: (UInt64, UInt64)
        var registrations: UInt64
        var source: RoundupFigures.RegistrationSource
        var emission: UInt64
        var samples: Int
        var description: String { "\(from.map(String.init) ?? "first")…\(to.map(String.init) ?? "last") subnet \(netuid.map(String.init) ?? "first")" }
    }

    static let tau: UInt64 = 1_000_000_000

    static let cases: [Case] = [
        Case(
            from: nil, to: nil, netuid: nil, peers: (15, 128, 15, 128), limitChanges: [500],
            sequenceChanges: [.init(block: 300, from: 64, to: 128), .init(block: 700, from: 128, to: 256)],
            stake: (0, 10_000 * tau), registrations: 113, source: .uidIncrease, emission: 1_000 * tau, samples: 11),
        Case(
            from: 250, to: 750, netuid: 1, peers: (45, 120, 45, 120), limitChanges: [500],
            sequenceChanges: [.init(block: 300, from: 64, to: 128), .init(block: 700, from: 128, to: 256)],
            stake: (2_000 * tau, 7_000 * tau), registrations: 75, source: .uidIncrease, emission: 500 * tau, samples: 6),
        Case(
            from: 650, to: 1_000, netuid: 1, peers: (105, 128, 105, 128), limitChanges: [],
            sequenceChanges: [.init(block: 700, from: 128, to: 256)],
            stake: (6_000 * tau, 10_000 * tau), registrations: 3, source: .events, emission: 400 * tau, samples: 5),
        Case(
            from: 600, to: 1_000, netuid: 1, peers: (105, 128, 105, 128), limitChanges: [],
            sequenceChanges: [.init(block: 700, from: 128, to: 256)],
            stake: (6_000 * tau, 10_000 * tau), registrations: 4, source: .events, emission: 400 * tau, samples: 5),
        Case(
            from: 600, to: 1_000, netuid: 3, peers: (5, 5, 5, 5), limitChanges: [], sequenceChanges: [],
            stake: (6_000 * tau, 10_000 * tau), registrations: 2, source: .events, emission: 400 * tau, samples: 5),
    ]

    @Test("figures of a period", arguments: cases)
    func figures(_ c: Case) async throws {
        let store = try await RoundupFixture.store()
        let report = try await RoundupReport.read(from: store, from: c.from, to: c.to, netuid: c.netuid)
        let f = report.figures
        #expect(f.chain == "Roundup fixture")
        #expect(f.fromBlock == c.from ?? 0 && f.toBlock == c.to ?? 1_000)
        #expect((f.peersStart, f.peersEnd, f.peersMin, f.peersMax) == c.peers)
        #expect(f.uidLimitChanges.map(\.block) == c.limitChanges)
        #expect(f.sequenceLengthChanges == c.sequenceChanges)
        #expect((f.stakeStart, f.stakeEnd) == c.stake)
        #expect(f.stakeGrowth == Int64(c.stake.1) - Int64(c.stake.0))
        #expect((f.registrations, f.registrationSource) == (c.registrations, c.source))
        #expect(f.emission == c.emission)
        #expect(f.samples == c.samples)
        #expect(f.days == Double(f.toBlock - f.fromBlock) / 7_200)
    }

    @Test("the difficulty of subnet 1 doubles each sample")
    func difficulty() async throws {
        let report = try await RoundupReport.read(from: RoundupFixture.store())
        #expect(report.figures.difficultyStart == 10_000_000)
        #expect(report.figures.difficultyEnd == 10_000_000 << 10)
        #expect(report.figures.difficultyMax == 10_000_000 << 10)
        #expect(report.figures.stakeGrowthPercent == nil)
    }

    @Test(
        "bad requests are refused with what is wrong",
        arguments: [
            (900, 100, nil, RoundupError.reversedRange(from: 900, to: 100)),
            (0, 5_000, nil, .outsideIndex(from: 0, to: 5_000, indexed: 0...1_000)),
            (2_000, 3_000, nil, .outsideIndex(from: 2_000, to: 3_000, indexed: 0...1_000)),
            (nil, nil, 9, .unknownSubnet(9, available: [1, 3])),
        ] as [(UInt64?, UInt64?, UInt16?, RoundupError)])
    func refused(from: UInt64?, to: UInt64?, netuid: UInt16?, expected: RoundupError) async throws {
        let store = try await RoundupFixture.store()
        await #expect(throws: expected) { try await RoundupReport.read(from: store, from: from, to: to, netuid: netuid) }
        #expect(!expected.description.isEmpty)
    }

    @Test("an index without samples is refused")
    func empty() async throws {
        let store = try RoundupFixture.emptyStore()
        await #expect(throws: RoundupError.noSamples) { try await RoundupReport.read(from: store) }
    }

    @Test("a chain without subnets keeps its chain-wide figures")
    func noSubnets() async throws {
        let store = try RoundupFixture.emptyStore()
        for i in UInt64(0)...2 {
            var sample = RoundupFixture.sample(i)
            sample.subnets = []
            try await store.write(sample, metagraphs: [])
        }
        let report = try await RoundupReport.read(from: store)
        #expect(report.netuid == nil && report.series.neurons.isEmpty)
        #expect(report.figures.emission == 200 * Self.tau && report.figures.stakeEnd == 2_000 * Self.tau)
        #expect(report.charts[0].title.hasSuffix("no subnets"))
    }
}
