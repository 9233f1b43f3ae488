import Foundation

/// Rotary position embedding as llama.cpp applies it to the llama architecture ("normal" layout):
/// the pair `(x[2i], x[2i+1])` of every head is rotated by `position · θ^(-2i/d)`.
///
/// GGUF conversion permutes the query and key weights of llama models so that this adjacent-pair
/// rotation equals the half-split rotation of the original checkpoint.
///
/// `@unchecked Sendable`: the tables are written in `init` and only read afterwards.
final class RotaryEmbedding: @unchecked Sendable {
    let dimensions: Int
    let positions: Int
    private let cosines: UnsafeMutablePointer<Float>
    private let sines: UnsafeMutablePointer<Float>

    /// Precomputes the rotations of `positions` positions for heads of `dimensions` (rotated) floats.
    init(dimensions: Int, base: Double, positions: Int) {
        self.dimensions = dimensions
        self.positions = positions
        let pairs = dimensions / 2
        cosines = .allocate(capacity: positions * pairs)
        sines = .allocate(capacity: positions * pairs)
        for position in 0..<positions {
            for pair in 0..<pairs {
                let angle = Double(position) * pow(base, -2 * Double(pair) / Double(dimensions))
                cosines[position * pairs + pair] = Float(cos(angle))
                sines[position * pairs + pair] = Float(sin(angle))
            }
        }
    }

    deinit {
        cosines.deallocate()
        sines.deallocate()
    }

    /// Rotates `heads` heads of `headSize` floats (the first `dimensions` of each) at `position`.
    func rotate(_ vector: UnsafeMutablePointer<Float>, heads: Int, headSize: Int, position: Int) {
        let pairs = dimensions / 2
        let cosine = cosines + position * pairs
        let sine = sines + position * pairs
        for head in 0..<heads {
            let x = vector + head * headSize
            for pair in 0..<pairs {
                let x0 = x[2 * pair]
                let x1 = x[2 * pair + 1]
                x[2 * pair] = x0 * cosine[pair] - x1 * sine[pair]
                x[2 * pair + 1] = x0 * sine[pair] + x1 * cosine[pair]
            }
        }
    }
}
