/// What a signed extrinsic costs, in rao: a flat base fee plus the tip. Fees are burned (taken out of
/// `TotalIssuance`), so spam costs its sender and nobody profits from it.
///
/// As on the chain, the calls a neuron makes to do its work, `set_weights` and `serve_axon` /
/// `serve_prometheus`, pay no base fee (the chain marks them `Pays::No`): rate limits and the
/// registration requirement keep them from being spam. Their tip, if any, is still charged.
public struct FeeSchedule: Sendable, Equatable, Codable {
    /// Rao charged for every signed extrinsic that pays fees, whether or not its call succeeds.
    public var baseFee: Rao

    /// 100_000 rao (0.0001 τ) per extrinsic.
    public static let standard = FeeSchedule(baseFee: 100_000)

    /// A schedule with the given base fee.
    public init(baseFee: Rao) {
        self.baseFee = baseFee
    }

    /// The base fee of `call`: ``baseFee``, or 0 for the fee-free calls.
    public func baseFee(for call: Call) -> Rao {
        call.paysFee ? baseFee : 0
    }

    /// The base fee of `call` plus `tip`, or `nil` when the sum overflows.
    public func fee(for call: Call, tip: Rao) -> Rao? {
        let (fee, overflow) = baseFee(for: call).addingReportingOverflow(tip)
        return overflow ? nil : fee
    }
}

extension Call {
    /// Whether the call pays the base fee; `set_weights` and the serving calls do not.
    public var paysFee: Bool {
        switch self {
        case .weights(.setWeights), .serving: false
        default: true
        }
    }
}
