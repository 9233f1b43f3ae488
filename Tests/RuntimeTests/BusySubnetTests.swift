import Testing

@testable import Runtime

/// The benchmark's busy subnet really is busy: full, permitted validators, every block's extrinsics
/// applied.
@Suite struct BusySubnetTests {
    @Test func setUpFillsTheSubnetAndIssuesPermits() throws {
        let subnet = BusySubnet(uids: 64, validators: 8)
        let producer = subnet.setUp()
        let neurons = try #require(producer.state.subnets[subnet.netuid]?.neurons)
        #expect(neurons.count == 64)
        #expect(neurons.validatorPermit.prefix(8).allSatisfy { $0 })
        #expect(producer.state.staking.stake(onHotkey: BusySubnet.hotkey(0)) == 1_000 * raoPerTao)
    }

    /// 512 uids: fewer registrations than miners between two epochs, so (as on a real subnet of that
    /// size) the validators, whose pruning scores the epochs keep high, are never the ones replaced.
    @Test func everyDayBlockIsApplied() throws {
        let subnet = BusySubnet(uids: 512, validators: 8)
        var producer = subnet.setUp()
        let weights = producer.produce((0..<8).map { subnet.weights(validator: $0, round: 0) })
        #expect(weights.succeeded == 8)
        producer.advance(100)
        let dayStart = producer.state.blockNumber + 1
        for offset in 0..<300 {
            let block = dayStart + UInt64(offset)
            let report = producer.produce(
                subnet.dayCalls(block: block, dayStart: dayStart, registration: 512 + offset))
            let failures = report.events.filter { if case .extrinsicFailed = $0 { true } else { false } }
            #expect(report.failed == 0 && report.invalid == 0, "block \(block): \(failures)")
        }
        // Registrations replaced neurons: the subnet stays full and holds the newest hotkey.
        let neurons = try #require(producer.state.subnets[subnet.netuid]?.neurons)
        #expect(neurons.count == 512)
        #expect(neurons.uidOfHotkey[BusySubnet.hotkey(512 + 299)] != nil)
        let state = producer.state
        let free = state.accounts.values.reduce(Rao(0)) { $0 + $1.free }
        let locked = state.subnets.values.reduce(Rao(0)) { $0 + $1.lockedRao }
        #expect(state.totalIssuance == free + state.staking.totalStake + locked)
    }
}
