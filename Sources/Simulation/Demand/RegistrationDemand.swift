import Foundation

/// How many registrations are attempted and solved at each block: an exogenous aggregate hashrate
/// `H(block)` (log-linear between knots, times any surge in force) against the chain's current
/// difficulty `D`. A seal is found with probability `H · blockSeconds / D` per block, so the number of
/// solved seals in a block is Poisson with that mean; the runtime then admits at most
/// `MaxRegistrationsPerBlock` of them, and its difficulty adjustment reacts to how many got in. Under
/// the 2022 double/halve rule the difficulty settles where solves per interval ≈ the target:
/// `D ≈ H · interval · blockSeconds / target`.
public struct RegistrationDemand: Sendable, Equatable {
    /// A point of the hashrate path.
    public struct Knot: Sendable, Equatable {
        /// Block of the point.
        public var block: UInt64
        /// Aggregate registration hashrate at that block, hashes per second.
        public var hashesPerSecond: Double

        /// A knot.
        public init(block: UInt64, hashesPerSecond: Double) {
            self.block = block
            self.hashesPerSecond = hashesPerSecond
        }
    }

    /// A period of extra demand (more registrants hashing at once).
    public struct Surge: Sendable, Equatable {
        /// First block of the surge.
        public var start: UInt64
        /// Block after the last.
        public var end: UInt64
        /// Factor on the hashrate while it lasts.
        public var factor: Double

        /// A surge.
        public init(start: UInt64, end: UInt64, factor: Double) {
            self.start = start
            self.end = end
            self.factor = factor
        }
    }

    /// The hashrate path, by increasing block.
    public var knots: [Knot]
    /// Surges.
    public var surges: [Surge]
    /// Seconds per block the hashrate works for.
    public var blockSeconds: Double

    /// A demand model.
    public init(knots: [Knot], surges: [Surge] = [], blockSeconds: Double = 12) {
        self.knots = knots.sorted { $0.block < $1.block }
        self.surges = surges
        self.blockSeconds = blockSeconds
    }

    /// `H(block)`: log-linear interpolation between knots (flat outside them), times the surges.
    public func hashrate(at block: UInt64) -> Double {
        guard let first = knots.first, let last = knots.last else { return 0 }
        var base: Double
        if block <= first.block {
            base = first.hashesPerSecond
        } else if block >= last.block {
            base = last.hashesPerSecond
        } else {
            let upper = knots.firstIndex { $0.block >= block } ?? knots.count - 1
            let a = knots[upper - 1]
            let b = knots[upper]
            let t = Double(block - a.block) / Double(max(1, b.block - a.block))
            base = exp(log(a.hashesPerSecond) * (1 - t) + log(b.hashesPerSecond) * t)
        }
        for surge in surges where surge.start <= block && block < surge.end { base *= surge.factor }
        return base
    }

    /// Expected seals found in one block at `difficulty`.
    public func expectedSolves(at block: UInt64, difficulty: UInt64) -> Double {
        hashrate(at: block) * blockSeconds / Double(max(1, difficulty))
    }

    /// Seals found in one block at `difficulty`, drawn from `random`.
    public func solves(at block: UInt64, difficulty: UInt64, random: inout SimulationRandom) -> Int {
        random.poisson(expectedSolves(at: block, difficulty: difficulty))
    }

    /// The same model on a timeline whose blocks are multiplied by `timeScale`.
    func scaled(by timeScale: Double) -> RegistrationDemand {
        let scale = { (block: UInt64) in UInt64((Double(block) * timeScale).rounded()) }
        return RegistrationDemand(
            knots: knots.map { Knot(block: scale($0.block), hashesPerSecond: $0.hashesPerSecond) },
            surges: surges.map { Surge(start: scale($0.start), end: scale($0.end), factor: $0.factor) },
            blockSeconds: blockSeconds)
    }
}
