import FixedPoint

/// What one Yuma epoch produces: the per-uid terms the chain stores and the rao it pays.
public struct EpochOutput: Sendable, Equatable {
    /// Whether each uid counted as active.
    public var active: [Bool]
    /// Normalized stake, u16 proportion (`StakeWeight`).
    public var stakeWeight: [UInt16]
    /// Rank (clipped, stake-weighted support), u16 proportion.
    public var rank: [UInt16]
    /// Server trust (rank after clipping over rank before), u16 proportion.
    public var trust: [UInt16]
    /// Consensus weight of each uid, u16 proportion.
    public var consensus: [UInt16]
    /// Incentive, u16 proportion.
    public var incentive: [UInt16]
    /// Dividends, u16 proportion.
    public var dividends: [UInt16]
    /// Validator trust, u16 proportion.
    public var validatorTrust: [UInt16]
    /// Pruning score: combined emission max-upscaled to u16.
    public var pruningScore: [UInt16]
    /// Rao paid to each uid as a server.
    public var serverEmission: [UInt64]
    /// Rao paid to each uid as a validator.
    public var validatorEmission: [UInt64]
    /// Rao of the combined emission, as stored in `Emission`.
    public var emission: [UInt64]
    /// Validator permits for the next epoch.
    public var newValidatorPermit: [Bool]
    /// Bonds as stored after the epoch.
    public var bonds: SparseMatrix
    /// Incentive as exact fixed-point values.
    public var incentiveFixed: [I32F32]
    /// Dividends as exact fixed-point values.
    public var dividendsFixed: [I32F32]
    /// Consensus as exact fixed-point values.
    public var consensusFixed: [I32F32]
}
