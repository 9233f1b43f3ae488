import Foundation
import Runtime

/// One entry of a preset's sudo schedule: at `block`, the sudo key sends `action` to the network.
public struct ScheduledChange: Sendable, Equatable {
    /// The block whose extrinsics carry the change.
    public var block: BlockNumber
    /// What the sudo key does.
    public var action: Action

    /// What a scheduled change does.
    public enum Action: Sendable, Equatable {
        /// `sudo_set_<hyperparameter>` with this value.
        case set(HyperparameterUpdate)
        /// Raises the minimum difficulty, and the current difficulty when it is below the new floor (two
        /// sudo calls; the 2022 runtime upgrade that raised the floor had the same effect).
        case floorDifficulty(UInt64)
    }

    /// A change at `block`.
    public init(block: BlockNumber, _ action: Action) {
        self.block = block
        self.action = action
    }

    /// A hyperparameter change at `block`.
    public static func at(_ block: BlockNumber, _ update: HyperparameterUpdate) -> ScheduledChange {
        ScheduledChange(block: block, .set(update))
    }

    /// A short `name=value` label for progress lines and reports.
    public var label: String {
        switch action {
        case .floorDifficulty(let value): "min_difficulty=\(value)"
        case .set(let update):
            String(describing: update).replacingOccurrences(of: "(", with: "=").replacingOccurrences(of: ")", with: "")
        }
    }
}

extension Array where Element == ScheduledChange {
    /// The schedule with every block multiplied by `timeScale` (rounded), order kept.
    func scaled(by timeScale: Double) -> [ScheduledChange] {
        map { change in
            var scaled = change
            scaled.block = BlockNumber((Double(change.block) * timeScale).rounded())
            return scaled
        }
    }
}
