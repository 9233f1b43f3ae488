/// What a signed extrinsic costs, in rao: a flat base fee per extrinsic plus the tip. Fees are burned
/// (taken out of `TotalIssuance`), so spam costs its sender and nobody profits from it.
public struct FeeSchedule: Sendable, Equatable, Codable {
    /// Rao charged for every signed extrinsic, whether or not its call succeeds.
    public var baseFee: Rao

    /// 100_000 rao (0.0001 τ) per extrinsic.
    public static let standard = FeeSchedule(baseFee: 100_000)

    /// A schedule with the given base fee.
    public init(baseFee: Rao) {
        self.baseFee = baseFee
    }
}
