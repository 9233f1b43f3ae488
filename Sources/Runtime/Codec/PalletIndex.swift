/// The one-byte pallet indices that prefix every encoded ``Call``, ``Event`` and ``DispatchError``.
/// They are frozen: a pallet keeps its index forever; new pallets take new numbers.
public enum PalletIndex {
    /// Extrinsic outcomes and the checks made before dispatch (nonce, fee, overflow).
    public static let system: UInt8 = 0
    /// Transfers.
    public static let balances: UInt8 = 1
    /// The sudo key.
    public static let sudo: UInt8 = 2
    /// Subnet creation and hyperparameters.
    public static let subnets: UInt8 = 3
    /// PoW and burned registration.
    public static let registration: UInt8 = 4
    /// Stake and delegation.
    public static let staking: UInt8 = 5
    /// `set_weights`.
    public static let weights: UInt8 = 6
    /// Axon and Prometheus endpoints.
    public static let serving: UInt8 = 7
    /// Emission values and the owner cut.
    public static let emission: UInt8 = 8
}
