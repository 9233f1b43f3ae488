/// Emission bookkeeping shared by all subnets (pre-dTAO subtensor v1.x storage).
public struct EmissionState: Sendable, Equatable {
    /// `SubnetOwnerCut` of subtensor v1.x: 11_796 / 65_535 ≈ 18 %.
    public static let defaultSubnetOwnerCut: UInt16 = 11_796

    /// `SubnetOwnerCut`: the share of each subnet's emission paid to its owner's coldkey, a u16 proportion.
    public var subnetOwnerCut: UInt16 = EmissionState.defaultSubnetOwnerCut
    /// Whether sudo fixed the per-subnet emission values; if not, every block splits the block emission equally.
    public var valuesSetBySudo = false
    /// `LoadedEmission`: what each subnet's last epoch owes, paid at the start of the next block.
    public var loaded = TrackedMap<NetUID, [LoadedEmission]>()

    /// The genesis emission state: default owner cut, equal split, nothing owed.
    public init() {}
}

/// One entry of `LoadedEmission`: what an epoch owes one hotkey.
public struct LoadedEmission: Sendable, Equatable {
    /// The hotkey that earned it.
    public var hotkey: AccountID
    /// Rao earned as a server (incentive).
    public var server: Rao
    /// Rao earned as a validator (dividends), shared with nominators.
    public var validator: Rao

    /// An entry owing `server` and `validator` rao to `hotkey`.
    public init(hotkey: AccountID, server: Rao, validator: Rao) {
        self.hotkey = hotkey
        self.server = server
        self.validator = validator
    }
}
