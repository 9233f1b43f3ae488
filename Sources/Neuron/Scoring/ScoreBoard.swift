/// A validator's moving-average score per UID, as the 2022 `core_validator` kept them.
///
/// An answer's score `x` moves the average `s ← (1 − alpha)·s + alpha·x` (alpha 0.1; a new UID starts
/// at 0); no answer decays it `s ← noResponseDecay·s` (0.9, the zeroing EMA).
public struct ScoreBoard: Sendable, Equatable {
    /// The weight of each new score.
    public let alpha: Double
    /// The factor applied when a UID does not answer.
    public let noResponseDecay: Double
    /// The current average per UID.
    public private(set) var scores: [UInt16: Double] = [:]

    /// An empty board.
    public init(alpha: Double = 0.1, noResponseDecay: Double = 0.9) {
        self.alpha = alpha
        self.noResponseDecay = noResponseDecay
    }

    /// Folds an answer's score into the UID's average; a non-finite score counts as 0.
    public mutating func record(uid: UInt16, score: Double) {
        let x = score.isFinite ? max(0, score) : 0
        scores[uid] = (1 - alpha) * (scores[uid] ?? 0) + alpha * x
    }

    /// Decays the UID's average because it did not answer.
    public mutating func recordNoResponse(uid: UInt16) {
        scores[uid] = noResponseDecay * (scores[uid] ?? 0)
    }

    /// Forgets a UID (deregistered or replaced).
    public mutating func remove(uid: UInt16) {
        scores[uid] = nil
    }
}
