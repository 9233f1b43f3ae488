import Consensus
import Testing

@testable import Runtime

/// A Finney subnet built only through extrinsics (network registration, sudo hyperparameters, burned
/// registration, stake, delegation, weights) and run through whole epochs; every block's emission is
/// checked to the rao against the oracle and the issuance invariant.
@Suite struct EmissionScenarioTests {
    typealias F = EmissionFixture
    static let alice = DevAccounts.alice
    static let bob = DevAccounts.bob
    static let charlie = DevAccounts.charlie
    static let dave = DevAccounts.dave
    static let eve = DevAccounts.eve
    static let ferdie = DevAccounts.ferdie

    /// Extrinsics by block: `(signer, call)`; each must succeed.
    static let script: [BlockNumber: [(AccountID, Call)]] = [
        1: [(alice, .subnets(.registerNetwork(hotkey: alice)))],
        2: [
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .tempo(9)))),
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .minAllowedWeights(1)))),
            (alice, .subnets(.sudoSetHyperparameter(netuid: 1, .weightsRateLimit(0)))),
        ],
        3: [(bob, .registration(.burnedRegister(netuid: 1, hotkey: dave)))],
        4: [(eve, .registration(.burnedRegister(netuid: 1, hotkey: ferdie)))],
        5: [
            (alice, .staking(.addStake(hotkey: alice, amount: 1_000 * raoPerTao))),
            (bob, .staking(.addStake(hotkey: dave, amount: 400 * raoPerTao))),
        ],
        // Permits come from the epoch at block 8; weights follow.
        10: [
            (
                alice,
                .weights(.setWeights(netuid: 1, uids: [1, 2], values: [20_000, 65_535], versionKey: 0))
            ),
            (dave, .weights(.setWeights(netuid: 1, uids: [2, 0], values: [65_535, 10_000], versionKey: 0))),
        ],
        25: [(dave, .weights(.setWeights(netuid: 1, uids: [2], values: [65_535], versionKey: 0)))],
        // `TxRateLimit`: a coldkey that registered waits 1000 blocks before `become_delegate`.
        1_010: [(bob, .staking(.becomeDelegate(hotkey: dave)))],
        1_011: [(charlie, .staking(.addStake(hotkey: dave, amount: 200 * raoPerTao)))],
    ]

    @Test func subnetBuiltByExtrinsicsRunsWholeEpochs() throws {
        var state = Genesis.development(.finney).state()
        var oracle = EmissionOracle()
        var nonces: [AccountID: UInt64] = [:]
        for block in BlockNumber(1)...1_045 {
            let prior = state
            let events = Runtime.initializeBlock(block, parentHash: [], state: &state)
            try oracle.checkInitialize(prior: prior, after: state, events: events)
            for (signer, call) in Self.script[block] ?? [] {
                let nonce = nonces[signer, default: 0]
                let result = try Runtime.apply(
                    Extrinsic(signer: signer, nonce: nonce, call: call), to: &state)
                nonces[signer] = nonce + 1
                #expect(
                    result.last == .extrinsicSucceeded(signer: signer, nonce: nonce),
                    "block \(block): \(call)")
            }
            _ = Runtime.finalizeBlock(state: &state)
            #expect(UInt128(state.totalIssuance) == F.accountedRao(state), "block \(block)")
            #expect(F.stakeTotalsAgree(state), "block \(block)")
        }
        // Epochs of netuid 1 (tempo 9 from block 2) at 8, 18, ..., 1038.
        #expect(oracle.epochs == 104)
        let subnet = try #require(state.subnets[1])
        #expect(subnet.neurons.hotkeys == [Self.alice, Self.dave, Self.ferdie])
        #expect(subnet.neurons.terms[2].incentive > 0)
        // The server earned stake for its owning coldkey; the nominator earned through the delegate.
        #expect(state.staking.stake(of: Self.eve, on: Self.ferdie) > 0)
        #expect(state.staking.stake(of: Self.charlie, on: Self.dave) > 200 * raoPerTao)
        #expect(state.staking.stake(of: Self.bob, on: Self.dave) > 400 * raoPerTao)
    }
}
