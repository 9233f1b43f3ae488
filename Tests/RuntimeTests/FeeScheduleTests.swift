import Testing

@testable import Runtime

/// Which calls pay the base fee: all but `set_weights` and the serving calls, as on the chain.
@Suite struct FeeScheduleTests {
    typealias F = PalletFixture

    static let calls: [(String, Call, Bool)] = [
        ("transfer", .balances(.transfer(destination: F.hotkey(1), amount: 1)), true),
        ("burned register", .registration(.burnedRegister(netuid: F.netuid, hotkey: F.hotkey(1))), true),
        ("set_weights", .weights(.setWeights(netuid: F.netuid, uids: [0], values: [1], versionKey: 0)), false),
        ("serve_axon", .serving(ServingTests.axon()), false),
        (
            "serve_prometheus",
            .serving(.servePrometheus(netuid: F.netuid, version: 1, ip: 1, port: 1, ipType: 4)), false
        ),
    ]

    @Test(arguments: calls)
    func baseFeeByCall(name: String, call: Call, pays: Bool) {
        let schedule = FeeSchedule(baseFee: 500)
        #expect(call.paysFee == pays, "\(name)")
        #expect(schedule.fee(for: call, tip: 7) == (pays ? 507 : 7))
        #expect(schedule.fee(for: call, tip: .max) == (pays ? nil : .max))
    }

    @Test func aHotkeyWithoutBalanceServesAndSetsWeights() throws {
        var state = ServingTests.finney()
        let hotkey = F.hotkey(1)
        state.totalIssuance -= state.balance(of: hotkey)
        state.accounts[hotkey] = nil
        let issuance = state.totalIssuance
        let served = try F.apply(.serving(ServingTests.axon()), by: hotkey, to: &state)
        #expect(F.failure(of: served) == nil)
        #expect(served.contains(.balances(.feePaid(account: hotkey, amount: 0))))
        #expect(state.balance(of: hotkey) == 0 && state.account(hotkey).nonce == 1)
        #expect(state.totalIssuance == issuance)
        let tipped = Extrinsic(signer: hotkey, nonce: 1, tip: 1, call: .serving(ServingTests.axon()))
        #expect(throws: DispatchError.self) { try Runtime.apply(tipped, to: &state) }
    }
}
