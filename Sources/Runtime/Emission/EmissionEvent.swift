/// Events of the emission pallet, in past tense.
public enum EmissionEvent: Sendable, Equatable {
    /// Subnet `netuid` ran its Yuma epoch at `block` over `emission` pending rao, owed from the next block.
    case epochRan(netuid: NetUID, block: BlockNumber, emission: Rao)
    /// Subnet `netuid`'s epoch at `block` could not read its stored state; its pending emission was kept.
    case epochSkipped(netuid: NetUID, block: BlockNumber)
    /// The emission owed by subnet `netuid`'s last epoch was paid into stake.
    case emissionPaid(netuid: NetUID, amount: Rao)
    /// The 2022 mechanism step of `netuid` ran at `block` and paid `emission` rao into stake.
    case nakamotoStepRan(netuid: NetUID, block: BlockNumber, emission: Rao)
    /// The 2022 mechanism step of `netuid` at `block` hit an input the 2022 chain panics on; nothing was paid.
    case nakamotoStepFailed(netuid: NetUID, block: BlockNumber, reason: String)
    /// Sudo fixed the per-subnet emission values (rao per block).
    case emissionValuesSet(netuids: [NetUID], values: [Rao])
    /// Sudo returned the per-subnet emission values to the equal split.
    case emissionValuesReset
    /// Sudo set the subnet owner cut.
    case subnetOwnerCutSet(UInt16)
}
