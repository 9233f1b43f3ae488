import Consensus

/// The emission pallet: block emission, pending emission per subnet, the epoch scheduler, payout into
/// stake, and the 2022 mechanism step.
///
/// It runs at the start of every block, from ``Runtime/initializeBlock(_:parentHash:state:)``, as the
/// chain's `on_initialize` runs `block_step` (subtensor v1.x) or `mechanism_step` (2022).
///
/// **Finney** (pre-dTAO, subtensor v1.0.0 `block_step.rs`), in this order every block:
/// 1. *Emission values* (the root network's `EmissionValues` of v1.x): the block emission
///    `BlockEmission.forIssuance(totalIssuance)` (halving) is split equally, `floor(E / subnets)` each,
///    unless sudo fixed the values with ``EmissionCall/setEmissionValues(netuids:values:)``; fixed values
///    that add up to more than a later (halved) block emission are scaled down pro rata, floor each, and a
///    subnet created after them gets 0 until sudo sets them again or resets to the equal split. The sum
///    never exceeds the block emission; the unassigned remainder is not minted. (On chain the root
///    network rewrote `EmissionValues` at its own epochs; here they are recomputed every block.)
/// 2. *Drain* (`drain_emission`): what the previous block's epochs loaded is paid into stake through the
///    delegate logic (`Staking.distribute`, v1.0.0 `emit_inflation_through_hotkey_account`), and
///    `totalIssuance` grows by exactly that.
/// 3. *Generate* (`generate_emission`), per subnet in netuid order: the owner cut
///    `floor(value × SubnetOwnerCut / 65535)` (I96F32) is minted to the owner's coldkey; the rest joins
///    `pendingEmission`. When `EpochSchedule.shouldRunEpoch` fires, the pending emission is drained into
///    `YumaEpoch.run` (the classic reference epoch of v3.3.0, `spec/chain.md` §2; stake is each uid's
///    `TotalHotkeyStake`, no owner uid), the terms, permits and bonds are written back and the per-hotkey
///    `(server, validator)` rao are loaded, to be paid in step 2 of the **next** block, as the chain does.
///
/// Pending and loaded emission are not part of `totalIssuance`, so after every block
/// `totalIssuance == Σ free + totalStake + Σ locked` (the subnets' lock costs).
///
/// **Nakamoto** (2022, `subtensor_deprecated` `lib.rs::on_initialize`): when
/// `blocksSinceLastStep + 1 ≥ tempo` the step runs with `(blocksSinceLastStep + 1) × 1 τ`, pays each uid's
/// emission into the stake its owning coldkey holds on its hotkey in the same block, and resets the
/// counter; otherwise the counter grows by one. No owner cut, no halving.
public enum Emission {
    /// Runs the block's emission work for the state's era (the chain's `on_initialize`).
    static func onInitialize(state: inout ChainState) -> [Event] {
        switch state.era {
        case .finney: finneyBlockStep(state: &state)
        case .nakamoto: nakamotoBlockStep(state: &state)
        }
    }

    /// Applies an emission call, sudo only, guard first.
    static func dispatch(_ call: EmissionCall, origin: AccountID, state: inout ChainState)
        throws(DispatchError)
        -> [Event]
    {
        guard state.sudoKey == origin else { throw .sudo(.requireSudo) }
        switch call {
        case .setEmissionValues(let netuids, let values):
            try setEmissionValues(netuids: netuids, values: values, state: &state)
            return [.emission(.emissionValuesSet(netuids: netuids, values: values))]
        case .resetEmissionValues:
            state.emission.valuesSetBySudo = false
            assignEmissionValues(state: &state)
            return [.emission(.emissionValuesReset)]
        case .setSubnetOwnerCut(let cut):
            state.emission.subnetOwnerCut = cut
            return [.emission(.subnetOwnerCutSet(cut))]
        }
    }

    /// The Finney `block_step`: emission values, drain, generate.
    static func finneyBlockStep(state: inout ChainState) -> [Event] {
        assignEmissionValues(state: &state)
        var events = drainEmission(state: &state)
        events += generateEmission(state: &state)
        return events
    }
}
