import Consensus
import FixedPoint
import Testing

@testable import Runtime

/// Predicts the emission work of a Finney block from the state before it, independently of the pallet
/// (v1.0.0 `block_step` written out plainly, `YumaEpoch.run` on the stored rows), and checks it.
struct EmissionOracle {
    /// What the last block's epochs owe: paid by the next block.
    var owed: [(netuid: NetUID, output: EpochOutput, hotkeys: [AccountID])] = []
    /// Epochs seen so far.
    var epochs = 0

    /// Checks `state` right after `Runtime.initializeBlock` against `prior`, the state the block started
    /// from (emission values split equally).
    mutating func checkInitialize(prior: ChainState, after state: ChainState, events: [Event]) throws {
        let block = prior.blockNumber + 1
        let netuids = prior.subnets.keys.sorted()
        let value =
            netuids.isEmpty ? 0 : try BlockEmission.forIssuance(prior.totalIssuance) / Rao(netuids.count)
        let split = EmissionTests.expectedSplit(value)

        // Payout of the last block's epochs, before anything else touches stake.
        var staking = prior.staking
        var paid: Rao = 0
        for entry in owed {
            let paidBefore = paid
            for (uid, hotkey) in entry.hotkeys.enumerated() {
                for credit in Self.payout(
                    hotkey: hotkey, server: entry.output.serverEmission[uid],
                    validator: entry.output.validatorEmission[uid], staking: staking)
                {
                    staking.increaseStake(hotkey: hotkey, coldkey: credit.coldkey, amount: credit.amount)
                    paid += credit.amount
                }
            }
            #expect(
                events.contains(.emission(.emissionPaid(netuid: entry.netuid, amount: paid - paidBefore))))
        }
        owed = []
        #expect(state.staking.stake == staking.stake, "block \(block)")
        #expect(state.staking.totalHotkeyStake == staking.totalHotkeyStake, "block \(block)")
        #expect(state.staking.totalColdkeyStake == staking.totalColdkeyStake, "block \(block)")
        #expect(state.staking.totalStake == staking.totalStake, "block \(block)")

        // Owner cuts into free balances; nothing else moves free balances.
        var free = prior.accounts.mapValues(\.free)
        for netuid in netuids {
            guard let owner = prior.subnets[netuid]?.owner, split.cut > 0 else { continue }
            free[owner, default: 0] += split.cut
        }
        #expect(state.accounts.mapValues(\.free) == free, "block \(block)")
        #expect(
            state.totalIssuance == prior.totalIssuance + Rao(netuids.count) * split.cut + paid,
            "block \(block)")

        for netuid in netuids {
            guard let before = prior.subnets[netuid], let after = state.subnets[netuid] else {
                Issue.record("subnet \(netuid) missing at block \(block)")
                continue
            }
            #expect(after.emissionPerBlock == value)
            let pending = before.pendingEmission + split.queued
            guard
                EpochSchedule.shouldRunEpoch(
                    netuid: netuid, tempo: before.hyperparameters.tempo, block: block)
            else {
                #expect(after.pendingEmission == pending, "netuid \(netuid) block \(block)")
                continue
            }
            epochs += 1
            let input = try Self.expectedInput(
                before, block: block, staking: prior.staking, emission: pending)
            let output = try YumaEpoch.run(input, mechanism: Self.mechanism(before.hyperparameters))
            #expect(events.contains(.emission(.epochRan(netuid: netuid, block: block, emission: pending))))
            #expect(after.pendingEmission == 0)
            #expect(after.neurons.validatorPermit.elements == output.newValidatorPermit)
            #expect(after.neurons.terms.map(\.incentive) == output.incentive.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.dividends) == output.dividends.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.consensus) == output.consensus.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.rank) == output.rank.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.validatorTrust) == output.validatorTrust.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.pruningScore) == output.pruningScore.map { UInt64($0) })
            #expect(after.neurons.terms.map(\.emission) == output.emission)
            let storedBonds = output.bonds.denseRows().map { row in
                row.enumerated().compactMap {
                    $0.element == 0 ? nil : BondEntry(uid: UID($0.offset), value: UInt64($0.element))
                }
            }
            #expect(after.neurons.bonds.map { $0.filter { $0.value != 0 } } == storedBonds)
            let tuples = state.emission.loaded[netuid] ?? []
            #expect(tuples.map(\.hotkey) == (before.neurons.count > 0 ? before.neurons.hotkeys.elements : []))
            #expect(tuples.map(\.server) == output.serverEmission)
            #expect(tuples.map(\.validator) == output.validatorEmission)
            #expect(output.emission.reduce(0, +) <= pending)
            if before.neurons.count > 0 { owed.append((netuid, output, before.neurons.hotkeys.elements)) }
        }
    }

    /// The bonds mechanism the hyperparameters ask for.
    static func mechanism(_ parameters: SubnetHyperparameters) -> BondsMechanism {
        parameters.yuma3Enabled
            ? (parameters.liquidAlphaEnabled ? .yuma3Liquid : .yuma3)
            : (parameters.liquidAlphaEnabled ? .classicLiquid : .classic)
    }

    /// The epoch input of `subnet`: stake from the hotkey totals, the stored u16 rows, no owner uid.
    static func expectedInput(_ subnet: Subnet, block: BlockNumber, staking: StakingState, emission: Rao)
        throws
        -> EpochInput
    {
        let parameters = subnet.hyperparameters
        var hyperparameters = EpochHyperparameters()
        hyperparameters.kappa = parameters.kappa
        hyperparameters.bondsMovingAverage = parameters.bondsMovingAverage
        hyperparameters.bondsPenalty = parameters.bondsPenalty
        hyperparameters.alphaLow = parameters.alphaLow
        hyperparameters.alphaHigh = parameters.alphaHigh
        hyperparameters.alphaSigmoidSteepness = parameters.alphaSigmoidSteepness
        hyperparameters.activityCutoff = UInt64(parameters.activityCutoff)
        hyperparameters.tempo = UInt64(parameters.tempo)
        hyperparameters.maxAllowedValidators = parameters.maxAllowedValidators
        let neurons = subnet.neurons
        return EpochInput(
            hyperparameters: hyperparameters, currentBlock: block, raoEmission: emission,
            stake: neurons.hotkeys.map { staking.totalHotkeyStake[$0] ?? 0 }, lastUpdate: neurons.lastUpdate.elements,
            blockAtRegistration: neurons.blockAtRegistration.elements, validatorPermit: neurons.validatorPermit.elements,
            weights: try SparseMatrix(
                size: neurons.count, rows: neurons.weights.map { $0.map { ($0.uid, UInt16($0.value)) } }),
            bonds: try SparseMatrix(
                size: neurons.count, rows: neurons.bonds.map { $0.map { ($0.uid, UInt16($0.value)) } }))
    }

    /// v1.0.0 `emit_inflation_through_hotkey_account`, written out in I64F64 as the chain computes it.
    static func payout(hotkey: AccountID, server: Rao, validator: Rao, staking: StakingState)
        -> [(coldkey: AccountID, amount: Rao)]
    {
        guard let owner = staking.owner[hotkey] else { return [] }
        guard let take = staking.delegateTake[hotkey] else { return [(owner, server + validator)] }
        let takeRao =
            (I64F64(Int(take)).saturatingDiv(I64F64(Int(UInt16.max)))
            .saturatingMul(I64F64(saturating: validator))).saturatingToUInt64()
        let shared = validator - takeRao
        let total = staking.totalHotkeyStake[hotkey] ?? 0
        var result: [(coldkey: AccountID, amount: Rao)] = []
        var remaining = shared
        for (coldkey, stake) in staking.stake[hotkey] ?? [:] {
            let share = I64F64(saturating: shared)
                .saturatingMul(I64F64(saturating: stake).saturatingDiv(I64F64(saturating: total)))
                .saturatingToUInt64()
            result.append((coldkey, share))
            remaining -= share
        }
        result.append((owner, takeRao + remaining + server))
        return result
    }
}
