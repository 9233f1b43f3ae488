/// Inputs on which the 2022 runtime panics inside `mechanism_step`, so the block cannot be built.
public enum NakamotoStepError: Error, Sendable, Hashable {
    /// `kappa` is zero: the chain computes `1 / kappa`.
    case zeroKappa
    /// `self_ownership` is zero: the chain computes `1 / self_ownership`.
    case zeroSelfOwnership
    /// A weight or bond of `owner` names `target ≥ neuron count`: the chain indexes out of bounds.
    case uidOutOfRange(owner: UInt32, target: UInt32)
    /// A neuron holds `u64::MAX` stake, so `stake + 1` wraps and `log2(0)` fails in the priority update.
    case stakeAtMaximum(uid: UInt32)
    /// `exp(−ρ(T − κ))` does not fit in `I65F63` for this uid.
    case consensusExponentOverflow(uid: UInt32)
    /// A fixed-point division by zero (trust normalized by a zero active stake sum).
    case divisionByZero
}
