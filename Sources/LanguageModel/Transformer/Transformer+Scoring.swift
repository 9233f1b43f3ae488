import Foundation

extension Transformer {
    /// Scores a whole sequence from an empty cache: element `i` is `log p(tokens[i + 1] | tokens[...i])`,
    /// so the result has `tokens.count - 1` elements. The cache holds the sequence afterwards.
    public func logProbabilities(of tokens: [Int]) throws(TransformerError) -> [Float] {
        reset()
        try check(tokens)
        var result: [Float] = []
        result.reserveCapacity(tokens.count - 1)
        var start = 0
        let vocabulary = configuration.vocabulary
        while start < tokens.count {
            let end = min(start + Self.batchSize, tokens.count)
            forward(tokens[start..<end], logits: .all)
            for index in start..<end where index + 1 < tokens.count {
                let row = workspace.logits + (index - start) * vocabulary
                result.append(Self.logSoftmax(row, count: vocabulary, at: tokens[index + 1]))
            }
            start = end
        }
        return result
    }

    /// Greedy continuation: prefills `prompt` after a reset and appends the most likely token `count` times.
    public func greedy(prompt: [Int], count: Int) throws(TransformerError) -> [Int] {
        reset()
        var logits = try prefill(tokens: prompt)
        var generated: [Int] = []
        for step in 0..<count {
            let next = Self.argmax(logits)
            generated.append(next)
            if step + 1 < count { logits = try decode(token: next) }
        }
        return generated
    }

    /// The index of the largest logit (the first one on ties).
    public static func argmax(_ logits: [Float]) -> Int {
        var best = 0
        for index in logits.indices where logits[index] > logits[best] { best = index }
        return best
    }

    /// `log softmax(row)[target]` computed stably.
    static func logSoftmax(_ row: UnsafePointer<Float>, count: Int, at target: Int) -> Float {
        var largest = -Float.infinity
        for index in 0..<count { largest = max(largest, row[index]) }
        var total: Double = 0
        for index in 0..<count { total += Double(exp(row[index] - largest)) }
        return row[target] - largest - Float(log(total))
    }
}
