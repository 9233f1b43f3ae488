/// The name of a metadata entry: chain-wide facts stored next to the blocks.
public struct MetadataKey: RawRepresentable, Hashable, Sendable {
    /// The key as stored.
    public var rawValue: String

    /// A key from its stored name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The 32-byte hash of the genesis block; written by `commitGenesis`.
    public static let genesisHash = MetadataKey(rawValue: "genesisHash")
    /// The chain name, UTF-8.
    public static let chainName = MetadataKey(rawValue: "chainName")
    /// The runtime spec version, 4 bytes little-endian.
    public static let specVersion = MetadataKey(rawValue: "specVersion")
}
