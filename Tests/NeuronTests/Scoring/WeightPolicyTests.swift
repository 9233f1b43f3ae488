import Foundation
import Neuron
import Testing

@Suite("ScoreBoard, ScalingLaw and WeightPolicy: from losses to u16 weights")
struct WeightPolicyTests {
    @Test("the EMA moves by alpha 0.1 and decays by 0.9 without an answer")
    func movingAverage() {
        var board = ScoreBoard()
        board.record(uid: 3, score: 10)
        #expect(board.scores[3] == 1)
        board.record(uid: 3, score: 10)
        #expect(abs((board.scores[3] ?? 0) - 1.9) < 1e-12)
        board.recordNoResponse(uid: 3)
        #expect(abs((board.scores[3] ?? 0) - 1.71) < 1e-12)
        board.recordNoResponse(uid: 9)
        #expect(board.scores[9] == 0)
        board.record(uid: 4, score: .nan)
        #expect(board.scores[4] == 0)
        board.remove(uid: 3)
        #expect(board.scores[3] == nil)
    }

    @Test("a lower loss always earns a higher scaling-law score", arguments: [(2.0, 3.0), (3.0, 5.0), (5.0, 10.8), (10.8, 20.0)])
    func scalingLawOrder(_ pair: (Double, Double)) {
        let law = ScalingLaw()
        #expect(law.score(loss: pair.0) > law.score(loss: pair.1))
        #expect(law.score(loss: 1.0) == law.score(loss: 1.69))
        #expect(law.score(loss: .nan) == 0)
    }

    @Test("weights are max-upscaled to 65535 in the order of the scores")
    func upscaled() {
        let weights = WeightPolicy(excludeQuantile: 0).weights(for: [0: 1, 1: 2, 2: 4, 5: 0, 7: .nan])
        #expect(weights.map(\.uid) == [0, 1, 2])
        #expect(weights.map(\.weight) == [16384, 32768, 65535])
    }

    @Test("the lowest quantile is excluded but at least the minimum allowed weights stay")
    func quantileExclusion() {
        let scores: [UInt16: Double] = Dictionary(uniqueKeysWithValues: (0..<10).map { (UInt16($0), Double($0 + 1)) })
        let policy = WeightPolicy(excludeQuantile: 0.25, minimumAllowedWeights: 1)
        // The 0.25 quantile of 1...10 is 3.25: scores 1, 2, 3 go.
        #expect(policy.weights(for: scores).map(\.uid) == Array(3..<10))
        let keepNine = WeightPolicy(excludeQuantile: 0.25, minimumAllowedWeights: 9)
        // At most (10 - 9) / 10 = 0.1 may go: the 0.1 quantile is 1.9, so only score 1 goes.
        #expect(keepNine.weights(for: scores).map(\.uid) == Array(1..<10))
        #expect(WeightPolicy().weights(for: [:]).isEmpty)
    }

    @Test("normalizeMaxWeight caps every share at the limit and keeps the order below it")
    func maxWeight() {
        let shares = WeightPolicy.normalizeMaxWeight([1, 1, 1, 1, 10, 20], limit: 0.3)
        #expect(abs(shares.reduce(0, +) - 1) < 1e-12)
        #expect(abs(shares[4] - 0.3) < 1e-12)
        #expect(abs(shares[5] - 0.3) < 1e-12)
        #expect(abs(shares[0] - 0.1) < 1e-12)
        let uniform: [Double] = WeightPolicy.normalizeMaxWeight([1, 2, 3], limit: 0.3)
        let third: Double = 1.0 / 3
        #expect(uniform == [third, third, third])
        #expect(WeightPolicy.normalizeMaxWeight([0, 0], limit: 1) == [0.5, 0.5])
        #expect(WeightPolicy.normalizeMaxWeight([1, 3], limit: 1) == [0.25, 0.75])
    }
}
