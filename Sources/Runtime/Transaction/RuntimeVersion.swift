/// The runtime's identity and version; the version is part of every signing payload, so a signature
/// made for one version is refused by another.
public struct RuntimeVersion: Sendable, Hashable, Codable {
    /// The chain's name: `yuma`.
    public var specName: String
    /// Bumped whenever the state transition or an encoding changes.
    public var specVersion: UInt32

    /// A version.
    public init(specName: String, specVersion: UInt32) {
        self.specName = specName
        self.specVersion = specVersion
    }

    /// The version this runtime implements.
    public static let current = RuntimeVersion(specName: "yuma", specVersion: 1)
}
