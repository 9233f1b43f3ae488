/// How an epoch turns weights into bonds and dividends.
public enum BondsMechanism: String, Sendable, CaseIterable {
    /// Classic Yuma: column-normalized bonds with a constant moving-average alpha.
    case classic
    /// Classic Yuma with the 2024 liquid alpha: a per-column alpha on a logistic curve through the
    /// consensus quartiles.
    case classicLiquid = "classic-liquid"
    /// Yuma3: bonds kept as absolute proportions, constant alpha.
    case yuma3
    /// Yuma3 with liquid alpha: a per-bond alpha on a sigmoid of how far weight and consensus differ.
    case yuma3Liquid = "yuma3-liquid"

    /// Whether bonds are stored as Yuma3 proportions rather than column max-upscaled.
    public var isYuma3: Bool { self == .yuma3 || self == .yuma3Liquid }
    /// Whether liquid alpha is on.
    public var isLiquid: Bool { self == .classicLiquid || self == .yuma3Liquid }
}
