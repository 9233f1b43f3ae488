import ChainClient
import Foundation
import Hashing

/// How `pow-register` writes rates, durations and hashes.
enum PowRegisterFormat {
    /// `950 H/s`, `12.34 kH/s`, `2.01 MH/s`, `1.50 GH/s`.
    static func rate(_ hashesPerSecond: Double) -> String {
        let units: [(Double, String)] = [(1e9, "GH/s"), (1e6, "MH/s"), (1e3, "kH/s")]
        for (size, unit) in units where hashesPerSecond >= size {
            return String(format: "%.2f %@", hashesPerSecond / size, unit)
        }
        return String(format: "%.0f H/s", hashesPerSecond)
    }

    /// `00:01:05` (hours, minutes, seconds).
    static func clock(_ duration: Duration) -> String {
        let total = max(0, duration.components.seconds)
        return String(format: "%02lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60)
    }

    /// Seconds with one decimal: `12.3 s`.
    static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f s", secondsValue(duration))
    }

    /// The duration in seconds.
    static func secondsValue(_ duration: Duration) -> Double {
        duration.seconds
    }

    /// A block hash shortened for the panel: `0x1a2b3c4d…9f8e7d6c`.
    static func shortHash(_ bytes: [UInt8]) -> String {
        let hex = Hex.encode(bytes)
        guard hex.count > 16 else { return "0x" + hex }
        return "0x\(hex.prefix(8))…\(hex.suffix(8))"
    }
}
