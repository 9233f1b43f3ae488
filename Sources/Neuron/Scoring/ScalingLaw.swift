import Foundation

/// Turns a loss into a score with the 2022 validator's scaling law (Kaplan et al.): the number of
/// parameters a model with that loss is estimated to have, raised to a power.
///
/// `params = exp(ln(8.8e13) − ln(max(loss, 1.69)) / 0.076)` and `score = params ^ power`
/// (`ScalingLawPower` on chain, 50 / 100 = 0.5 initially). Lower loss gives a much larger score.
public struct ScalingLaw: Sendable {
    /// The exponent applied to the parameter estimate.
    public let power: Double

    /// A scaling law with the given power (2022 default 0.5).
    public init(power: Double = 0.5) { self.power = power }

    /// The score for a loss in nats; never negative, 0 for a non-finite loss.
    public func score(loss: Double) -> Double {
        guard loss.isFinite else { return 0 }
        let parameters = exp(log(8.8e13) - log(max(loss, 1.69)) / 0.076)
        return pow(parameters, power)
    }
}
